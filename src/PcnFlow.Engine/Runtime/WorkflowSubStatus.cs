namespace PcnFlow.Engine.Runtime;

/// <summary>Elsa's instance sub-status.</summary>
public enum WorkflowSubStatus
{
    /// <summary>Activities are running now.</summary>
    Executing,

    /// <summary>Waiting on one or more bookmarks (tasks, timers, events, child workflows).</summary>
    Suspended,

    /// <summary>Ran to its end.</summary>
    Finished,

    /// <summary>Cancelled by a person or the host.</summary>
    Cancelled,

    /// <summary>Stopped by an error; see the instance's incidents.</summary>
    Faulted,
}
