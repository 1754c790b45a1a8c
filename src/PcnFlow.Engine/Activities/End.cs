using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.End</c>: ends its flowchart, cancelling anything still pending inside it.</summary>
public sealed class End : Activity
{
    /// <inheritdoc />
    public override bool IsTerminal => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> Ports => [];

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) => context.Complete();
}
