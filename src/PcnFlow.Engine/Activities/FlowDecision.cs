using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.FlowDecision</c>: takes the True or False port depending on a condition.</summary>
public sealed class FlowDecision : Activity
{
    private static readonly string[] TruePort = ["True"];
    private static readonly string[] FalsePort = ["False"];
    private static readonly string[] DecisionPorts = ["True", "False"];
    private CompiledInput? _condition;

    /// <inheritdoc />
    public override IReadOnlyList<string> Ports => DecisionPorts;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler) => _condition = compiler.Input("condition", "Boolean", required: true);

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) =>
        context.Complete(LiteralConverter.ToBoolean(context.Evaluate(_condition)) ? TruePort : FalsePort);
}
