namespace PcnFlow.Server.Instances;

/// <summary>Why a programme is being stopped; kept in its journal.</summary>
internal sealed record CancelInstanceRequest(string? Reason);
