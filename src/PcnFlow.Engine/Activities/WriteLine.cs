using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.WriteLine</c>: writes a line to the instance output log.</summary>
public sealed class WriteLine : Activity
{
    private CompiledInput? _text;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler) => _text = compiler.Input("text", "String");

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        context.WriteLine(context.EvaluateText(_text) ?? "");
        context.Complete();
    }
}
