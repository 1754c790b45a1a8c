using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary>
/// <c>Elsa.ParallelForEach</c>: starts its body for every item at once and completes when all have
/// completed. Each body sees its own <c>CurrentValue</c> and <c>CurrentIndex</c>.
/// </summary>
public sealed class ParallelForEach : Activity
{
    private Activity? _body;
    private CompiledInput? _items;

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => _body == null ? [] : [_body];

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _items = compiler.Input("items", required: true);
        if (Definition.Body != null)
            _body = compiler.Compile(Definition.Body, this);
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var items = ListValues.Items(context.Evaluate(_items));
        if (_body == null || items.Count == 0)
        {
            context.Complete();
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var body = context.ScheduleChild(_body);
            body.Frame.Locals = new(StringComparer.OrdinalIgnoreCase) { ["CurrentValue"] = items[i], ["CurrentIndex"] = (double)i };
        }
    }

    /// <inheritdoc />
    protected internal override void OnChildCompleted(ActivityContext context, ActivityContext child, IReadOnlyList<string> outcomes)
    {
        if (!context.ChildFrames.Any())
            context.Complete();
    }
}
