namespace PcnFlow.Resilience.Tests.Infrastructure;

public sealed record OutboxRow(long Id, string Key, string Status, int Attempts, string? LastError);
