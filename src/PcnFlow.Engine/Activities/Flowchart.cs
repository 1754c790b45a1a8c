using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary>
/// <c>Elsa.Flowchart</c>: activities joined by connections from outcome ports. Execution starts at the
/// start activity; each completion delivers a token along every connection whose port matches an outcome.
/// The flowchart completes when nothing inside it is scheduled or waiting, or when an <c>Elsa.End</c> runs.
/// </summary>
public sealed partial class Flowchart : Activity
{
    private string[] _ports = DefaultPorts;

    /// <inheritdoc />
    public override IEnumerable<Activity> Children => _activities;

    /// <summary><c>Done</c>, plus the outcomes its <c>Elsa.Complete</c> activities declare.</summary>
    public override IReadOnlyList<string> Ports => _ports;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        foreach (var child in Definition.Activities ?? [])
        {
            var activity = compiler.Compile(child, this);
            if (activity != null)
                _activities.Add(activity);
        }
        _ports = [.. DefaultPorts.Concat(_activities.OfType<Complete>().SelectMany(c => c.DeclaredOutcomes)).Distinct(StringComparer.OrdinalIgnoreCase)];
        BuildGraph(compiler);
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        if (_start < 0)
        {
            context.Complete();
            return;
        }
        context.ScheduleChild(_activities[_start]);
    }

    /// <inheritdoc />
    protected internal override void OnChildCompleted(ActivityContext context, ActivityContext child, IReadOnlyList<string> outcomes)
    {
        if (child.Activity.IsTerminal)
        {
            context.Complete(child.Activity is Complete ? outcomes : DefaultPorts);
            return;
        }
        if (_index.TryGetValue(child.Activity.Id, out var source))
        {
            foreach (var connection in _outbound[source])
            {
                if (Contains(outcomes, connection.Port))
                    Deliver(context, connection);
                if (context.State.Status == WorkflowStatus.Finished)
                    return;
            }
        }
        ReleaseWaitingJoins(context);
        if (!HasPendingWork(context))
            context.Complete();
    }

    private static bool Contains(IReadOnlyList<string> outcomes, string port)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (string.Equals(outcomes[i], port, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool HasPendingWork(ActivityContext context)
    {
        foreach (var frame in context.State.Frames)
        {
            if (frame.ParentId == context.Frame.Id)
                return true;
        }
        return false;
    }
}
