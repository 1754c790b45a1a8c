namespace PcnFlow.Server.Tasks;

internal sealed record TaskCommentView(Guid Id, string Author, string Text, DateTimeOffset At);
