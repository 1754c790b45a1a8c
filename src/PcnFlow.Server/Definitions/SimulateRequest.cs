namespace PcnFlow.Server.Definitions;

/// <summary>Project a timeline from <see cref="Day0"/> for <see cref="Days"/> days (366 by default), on the latest version unless one is named.</summary>
internal sealed record SimulateRequest(DateOnly? Day0, int? Days, int? Version, string? PcnName);
