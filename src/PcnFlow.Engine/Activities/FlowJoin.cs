using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.FlowJoin</c>: merges branches. The flowchart applies the mode; the join itself just passes on.</summary>
public sealed class FlowJoin : Activity
{
    private CompiledInput? _mode;

    // The flowchart asks for the mode on every arrival, so a constant mode (the usual case) is read once.
    private FlowJoinMode? _constantMode;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _mode = compiler.Input("mode", "String");
        if (_mode is { IsConstant: true, Constant: { } constant } && !Enum.TryParse<FlowJoinMode>(LiteralConverter.ToText(constant), true, out _))
            compiler.Problem($"'{Definition.Label}' has the join mode '{constant}'; use WaitAll, WaitAny or WaitAllActive.", "mode");
        if (_mode is null or { IsConstant: true })
            _constantMode = Parse(LiteralConverter.ToText(_mode?.Constant));
    }

    /// <summary>The join mode; Elsa's default is Wait Any.</summary>
    internal FlowJoinMode ModeFor(ActivityContext context) => _constantMode ?? Parse(context.EvaluateText(_mode));

    private static FlowJoinMode Parse(string? text) => Enum.TryParse<FlowJoinMode>(text, true, out var mode) ? mode : FlowJoinMode.WaitAny;

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) => context.Complete();
}
