using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.Correlate</c>: sets the instance's correlation id.</summary>
public sealed class Correlate : Activity
{
    private CompiledInput? _correlationId;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler) => _correlationId = compiler.Input("correlationId", "String", required: true);

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        context.State.CorrelationId = context.EvaluateText(_correlationId);
        // Scripts later in this run read `context.correlationId` from a cached snapshot.
        (context.Scope as InstanceScope)?.Refresh();
        context.Complete();
    }
}
