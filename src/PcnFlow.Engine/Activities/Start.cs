using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.Start</c>: marks where a flowchart begins.</summary>
public sealed class Start : Activity
{
    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) => context.Complete();
}
