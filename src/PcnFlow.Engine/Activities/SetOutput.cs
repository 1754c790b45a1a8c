using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.SetOutput</c>: sets a workflow output value.</summary>
public sealed class SetOutput : Activity
{
    private CompiledInput? _name;
    private CompiledInput? _value;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _name = compiler.Input("outputName", "String", required: true);
        _value = compiler.Input("outputValue");
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var name = context.EvaluateText(_name);
        if (!string.IsNullOrEmpty(name))
            context.State.Output[name] = context.Evaluate(_value);
        context.Complete();
    }
}
