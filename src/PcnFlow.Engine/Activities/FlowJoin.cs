using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.FlowJoin</c>: merges branches. The flowchart applies the mode; the join itself just passes on.</summary>
public sealed class FlowJoin : Activity
{
    private CompiledInput? _mode;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _mode = compiler.Input("mode", "String");
        if (_mode is { IsConstant: true, Constant: { } constant } && !Enum.TryParse<FlowJoinMode>(LiteralConverter.ToText(constant), true, out _))
            compiler.Problem($"'{Definition.Label}' has the join mode '{constant}'; use WaitAll, WaitAny or WaitAllActive.", "mode");
    }

    /// <summary>The join mode; Elsa's default is Wait Any.</summary>
    internal FlowJoinMode ModeFor(ActivityContext context)
    {
        var text = _mode is { IsConstant: true } ? LiteralConverter.ToText(_mode.Constant) : context.EvaluateText(_mode);
        return Enum.TryParse<FlowJoinMode>(text, true, out var mode) ? mode : FlowJoinMode.WaitAny;
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) => context.Complete();
}
