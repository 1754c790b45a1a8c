namespace PcnFlow.Engine.Runtime;

/// <summary>The outcome of starting, resuming or cancelling an instance.</summary>
/// <param name="State">The instance state after the run.</param>
/// <param name="Resume">What happened to the resume request, for resumes.</param>
/// <param name="Effects">What the host should now do (tasks, notifications, children, events).</param>
public sealed record RunResult(WorkflowState State, ResumeResult Resume, IReadOnlyList<WorkflowEffect> Effects)
{
    /// <summary>The instance's sub-status.</summary>
    public WorkflowSubStatus SubStatus => State.SubStatus;
}
