using PcnFlow.Engine.Runtime;

namespace PcnFlow.Server.Instances;

/// <summary>One instance with its active steps: open tasks, what else it waits for, and any incidents.</summary>
internal sealed record InstanceDetail(InstanceSummary Instance, IReadOnlyList<ActiveTask> OpenTasks, IReadOnlyList<WaitingStep> Waiting, IReadOnlyList<Incident> Incidents);
