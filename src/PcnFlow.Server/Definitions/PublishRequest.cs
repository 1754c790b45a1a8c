namespace PcnFlow.Server.Definitions;

/// <summary>What changed in this version, in the lead's words; it shows in the version history.</summary>
internal sealed record PublishRequest(string? VersionNote);
