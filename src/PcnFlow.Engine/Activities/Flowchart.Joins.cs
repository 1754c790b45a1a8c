using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

public sealed partial class Flowchart
{
    /// <summary>
    /// A token arrives along a connection. Back edges start a new pass of a loop at once. Otherwise the
    /// target decides: an explicit <c>Elsa.FlowJoin</c> by its mode; any other activity with several
    /// forward inbound connections waits only for the branches that can still reach it (an implicit join).
    /// </summary>
    private void Deliver(ActivityContext context, FlowConnection connection)
    {
        var target = _activities[connection.Target];
        var arrivals = context.Frame.Arrivals;
        if (connection.IsBackEdge)
        {
            arrivals?.Remove(target.Id);
            context.ScheduleChild(target);
            return;
        }
        var mode = target is FlowJoin join ? join.ModeFor(context) : FlowJoinMode.WaitAllActive;
        if (mode == FlowJoinMode.WaitAllActive && _forwardInbound[connection.Target].Count <= 1)
        {
            context.ScheduleChild(target);
            return;
        }
        arrivals = context.Frame.Arrivals ??= [];
        if (!arrivals.TryGetValue(target.Id, out var arrived))
            arrivals[target.Id] = arrived = [];
        if (!arrived.Contains(connection.Index))
            arrived.Add(connection.Index);

        var ready = mode switch
        {
            FlowJoinMode.WaitAny => true,
            FlowJoinMode.WaitAll => _forwardInbound[connection.Target].TrueForAll(c => arrived.Contains(c.Index)),
            _ => NoLiveBranch(context, connection.Target, arrived),
        };
        if (!ready)
            return;
        arrivals.Remove(target.Id);
        if (mode == FlowJoinMode.WaitAny)
            CancelLiveAncestors(context, connection.Target);
        context.ScheduleChild(target);
    }

    /// <summary>After branches end or are cancelled, implicit joins that were waiting for them may be free to go.</summary>
    private void ReleaseWaitingJoins(ActivityContext context)
    {
        var arrivals = context.Frame.Arrivals;
        if (arrivals == null || arrivals.Count == 0)
            return;
        foreach (var (targetId, arrived) in arrivals.ToList())
        {
            var target = _index[targetId];
            var mode = _activities[target] is FlowJoin join ? join.ModeFor(context) : FlowJoinMode.WaitAllActive;
            if (mode != FlowJoinMode.WaitAllActive || !NoLiveBranch(context, target, arrived))
                continue;
            arrivals.Remove(targetId);
            context.ScheduleChild(_activities[target]);
        }
    }

    /// <summary>True when no scheduled or waiting activity can still deliver along an inbound connection that has not delivered yet.</summary>
    private bool NoLiveBranch(ActivityContext context, int target, List<int> arrived)
    {
        foreach (var connection in _forwardInbound[target])
        {
            if (arrived.Contains(connection.Index))
                continue;
            foreach (var frame in context.State.Frames)
            {
                if (frame.ParentId == context.Frame.Id && _index.TryGetValue(frame.ActivityId, out var live) && CanReach(live, connection.Source))
                    return false;
            }
        }
        return true;
    }

    /// <summary>Wait Any: the first branch wins, so work still pending on the other branches into the join is cancelled.</summary>
    private void CancelLiveAncestors(ActivityContext context, int target)
    {
        foreach (var frame in context.ChildFrames.ToList())
        {
            if (_index.TryGetValue(frame.ActivityId, out var live) && live != target && CanReach(live, target))
                context.Cancel(frame);
        }
    }
}
