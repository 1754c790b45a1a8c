namespace PcnFlow.Server.Tasks;

/// <summary>A comment on a task. <see cref="AuthorName"/> is the author's display name beside their user name, null if they have no account.</summary>
internal sealed record TaskCommentView(Guid Id, string Author, string? AuthorName, string Text, DateTimeOffset At);
