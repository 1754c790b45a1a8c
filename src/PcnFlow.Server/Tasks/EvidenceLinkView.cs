namespace PcnFlow.Server.Tasks;

internal sealed record EvidenceLinkView(Guid Id, string Url, string? Title, string AddedBy, DateTimeOffset At);
