namespace PcnFlow.Server.Tasks;

/// <summary>A link to evidence for a task. <see cref="AddedByName"/> is the display name of who added it, null if they have no account.</summary>
internal sealed record EvidenceLinkView(Guid Id, string Url, string? Title, string AddedBy, string? AddedByName, DateTimeOffset At);
