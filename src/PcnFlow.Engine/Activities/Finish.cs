using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.Finish</c>: finishes the whole instance at once.</summary>
public sealed class Finish : Activity
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Ports => [];

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) => context.FinishWorkflow();
}
