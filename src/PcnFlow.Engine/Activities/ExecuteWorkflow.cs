namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.ExecuteWorkflow</c>: runs a child workflow and, by default, waits for it to finish.</summary>
public sealed class ExecuteWorkflow : ChildWorkflowActivity
{
    /// <inheritdoc />
    protected override bool WaitsByDefault => true;
}
