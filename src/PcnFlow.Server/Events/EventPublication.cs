namespace PcnFlow.Server.Events;

/// <summary>The event that was published and how many instances it resumed.</summary>
internal sealed record EventPublication(string Name, string? CorrelationId, int Resumed);
