using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.SetName</c>: sets the instance's name.</summary>
public sealed class SetName : Activity
{
    private CompiledInput? _value;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler) => _value = compiler.Input("value", "String", required: true);

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        context.State.Name = context.EvaluateText(_value);
        context.Complete();
    }
}
