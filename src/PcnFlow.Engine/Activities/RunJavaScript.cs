using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.RunJavaScript</c>: runs a script in the sandbox; its result becomes the activity's output.</summary>
public sealed class RunJavaScript : Activity
{
    private CompiledInput? _script;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        // Elsa stores the script as a literal string input that is itself the JavaScript to run.
        var text = compiler.Current.Input("script")?.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            compiler.Problem($"'{Definition.Label}' has no script.", "script", "missing-input");
            return;
        }
        _script = CompiledInput.Compile(InputValue.JavaScript(text), "Object",
            m => compiler.Problem($"The script in '{Definition.Label}': {m}", "script.expression", "bad-expression"));
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        context.State.ActivityOutputs[Id] = context.Evaluate(_script);
        context.Complete();
    }
}
