namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.DispatchWorkflow</c>: starts a child workflow and, by default, carries on without waiting.</summary>
public sealed class DispatchWorkflow : ChildWorkflowActivity
{
    /// <inheritdoc />
    protected override bool WaitsByDefault => false;
}
