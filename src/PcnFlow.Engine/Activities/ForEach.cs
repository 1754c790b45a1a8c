using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary>
/// <c>Elsa.ForEach</c>: runs its body once per item, one after another. The body sees the item as the
/// variable <c>CurrentValue</c> and its position as <c>CurrentIndex</c>.
/// </summary>
public sealed class ForEach : Activity
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
        context.Frame.Items = ListValues.Items(context.Evaluate(_items));
        Next(context);
    }

    /// <inheritdoc />
    protected internal override void OnChildCompleted(ActivityContext context, ActivityContext child, IReadOnlyList<string> outcomes) => Next(context);

    private void Next(ActivityContext context)
    {
        var items = context.Frame.Items ?? [];
        if (_body == null || context.Frame.Cursor >= items.Count)
        {
            context.Complete();
            return;
        }
        var index = context.Frame.Cursor++;
        var body = context.ScheduleChild(_body);
        body.Frame.Locals = new(StringComparer.OrdinalIgnoreCase) { ["CurrentValue"] = items[index], ["CurrentIndex"] = (double)index };
    }
}
