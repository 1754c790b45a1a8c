namespace PcnFlow.Server.Instances;

/// <summary>Share a personal plan with the programme lead, or stop sharing it; omitted, the setting flips.</summary>
internal sealed record ShareInstanceRequest(bool? Shared);
