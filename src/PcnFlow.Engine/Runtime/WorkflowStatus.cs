namespace PcnFlow.Engine.Runtime;

/// <summary>Elsa's top-level instance status.</summary>
public enum WorkflowStatus
{
    /// <summary>The instance can still make progress.</summary>
    Running,

    /// <summary>The instance has ended (finished, cancelled or faulted).</summary>
    Finished,
}
