using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.Complete</c>: completes the enclosing flowchart with the given outcomes, which become its ports.</summary>
public sealed class Complete : Activity
{
    private CompiledInput? _outcomes;

    /// <inheritdoc />
    public override bool IsTerminal => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> Ports => [];

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler) => _outcomes = compiler.Input("outcomes");

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var value = context.Evaluate(_outcomes);
        var outcomes = ListValues.Strings(value);
        context.Complete(outcomes.Count == 0 ? DefaultPorts : outcomes);
    }

    /// <summary>The outcomes this activity can complete its flowchart with, when they are constant.</summary>
    internal IReadOnlyList<string> DeclaredOutcomes => _outcomes is { IsConstant: true } ? ListValues.Strings(_outcomes.Constant) : [];
}
