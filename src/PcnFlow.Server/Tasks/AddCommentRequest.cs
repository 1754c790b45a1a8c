namespace PcnFlow.Server.Tasks;

internal sealed record AddCommentRequest(string? Text);
