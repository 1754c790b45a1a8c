using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.Fault</c>: stops the instance with an incident carrying the given message.</summary>
public sealed class Fault : Activity
{
    private CompiledInput? _message;
    private CompiledInput? _code;

    /// <inheritdoc />
    public override IReadOnlyList<string> Ports => [];

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _message = compiler.Input("message", "String");
        _code = compiler.Input("code", "String");
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var message = context.EvaluateText(_message) ?? "The workflow reported a fault.";
        var code = context.EvaluateText(_code);
        context.Fault(code == null ? message : $"{message} (code {code})");
    }
}
