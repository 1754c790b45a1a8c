using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.FlowNode</c>: wraps one body activity (often a nested flowchart) as a single flowchart node.</summary>
public sealed class FlowNode : Activity
{
    private Activity? _body;

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => _body == null ? [] : [_body];

    /// <summary>A nested flowchart's ports (its <c>Elsa.Complete</c> outcomes), otherwise <c>Done</c>.</summary>
    public override IReadOnlyList<string> Ports => _body is Flowchart flowchart ? flowchart.Ports : DefaultPorts;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        if (Definition.Body != null)
            _body = compiler.Compile(Definition.Body, this);
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        if (_body == null)
            context.Complete();
        else
            context.ScheduleChild(_body);
    }

    /// <inheritdoc />
    protected internal override void OnChildCompleted(ActivityContext context, ActivityContext child, IReadOnlyList<string> outcomes) =>
        context.Complete(_body is Flowchart ? outcomes : DefaultPorts);
}
