using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Tasks;

/// <summary>A task's state after completing it.</summary>
internal sealed record TaskOutcome(Guid Id, string InstanceId, TaskState State, string? Outcome, string? CompletedBy, DateTimeOffset? CompletedAt);
