namespace PcnFlow.Server.Tasks;

/// <summary>A link to evidence kept elsewhere (SharePoint, FutureNHS): an absolute http or https address.</summary>
internal sealed record AddEvidenceRequest(string? Url, string? Title);
