using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.Sequence</c>: runs its activities one after another.</summary>
public sealed class Sequence : Activity
{
    private readonly List<Activity> _activities = [];

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => _activities;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        foreach (var child in Definition.Activities ?? [])
        {
            if (compiler.Compile(child, this) is { } activity)
                _activities.Add(activity);
        }
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) => Next(context);

    /// <inheritdoc />
    protected internal override void OnChildCompleted(ActivityContext context, ActivityContext child, IReadOnlyList<string> outcomes)
    {
        if (child.Activity.IsTerminal)
            context.Complete();
        else
            Next(context);
    }

    private void Next(ActivityContext context)
    {
        if (context.Frame.Cursor >= _activities.Count)
        {
            context.Complete();
            return;
        }
        context.ScheduleChild(_activities[context.Frame.Cursor++]);
    }
}
