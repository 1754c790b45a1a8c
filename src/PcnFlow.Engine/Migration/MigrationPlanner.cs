using PcnFlow.Engine.Activities;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Migration;

/// <summary>
/// Works out whether an instance can move to another version. It can when every activity it is busy with (a running
/// container, an open task or sign-off, a timer, an event or child wait) exists by id in the target, as the same kind
/// of activity in the same place. Completed work is history: it stays in the journal and is never run again.
/// </summary>
internal static class MigrationPlanner
{
    public static MigrationPlan Plan(WorkflowEngine engine, WorkflowBlueprint from, WorkflowBlueprint to, WorkflowState state)
    {
        var version = to.Definition.Version;
        var refusals = new List<MigrationRefusal>();
        if (!string.Equals(to.Definition.DefinitionId, state.DefinitionId, StringComparison.Ordinal))
            refusals.Add(new(null, null, $"Version {version} belongs to '{to.Definition.DefinitionId}', not to this programme's '{state.DefinitionId}'."));
        if (state.Status == WorkflowStatus.Finished)
            refusals.Add(new(null, null, $"This programme has already ended ({state.SubStatus}), so there is nothing to move."));
        CheckActive(from, to, state, refusals);
        var arrivals = refusals.Count == 0 ? RemapArrivals(from, to, state, refusals) : [];
        var retimed = refusals.Count == 0 ? Retime(engine, from, to, state, refusals) : [];
        var waits = refusals.Count == 0 ? RetimeWaits(engine, from, to, state, refusals) : [];
        return new MigrationPlan
        {
            FromVersion = state.DefinitionVersion,
            ToVersion = version,
            Removed = [.. from.Activities.Values.Where(a => !to.Activities.ContainsKey(a.Id)).Select(Describe)],
            Added = [.. to.Activities.Values.Where(a => !from.Activities.ContainsKey(a.Id)).Select(Describe)],
            Retimed = retimed,
            RetimedWaits = waits,
            VariablesAdded = [.. to.Definition.Variables.Where(v => !state.Variables.ContainsKey(v.Name)).Select(v => v.Name)],
            Refusals = refusals,
            Arrivals = arrivals,
        };
    }

    private static void CheckActive(WorkflowBlueprint from, WorkflowBlueprint to, WorkflowState state, List<MigrationRefusal> refusals)
    {
        var version = to.Definition.Version;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activityId in state.Bookmarks.Select(b => b.ActivityId).Concat(state.Frames.Select(f => f.ActivityId)))
        {
            if (!seen.Add(activityId))
                continue;
            from.Activities.TryGetValue(activityId, out var was);
            var title = was?.Definition.Label ?? activityId;
            var doing = $"'{title}' ({activityId}) is {Doing(state, activityId)}";
            if (!to.Activities.TryGetValue(activityId, out var now))
                refusals.Add(new(activityId, title, $"{doing}, but version {version} has no activity with the id '{activityId}'. Finish or cancel it first, or keep the id in the new version."));
            else if (was != null && !string.Equals(was.Type, now.Type, StringComparison.Ordinal))
                refusals.Add(new(activityId, title, $"{doing}, but version {version} makes it a {now.Type} instead of a {was.Type}, and a step cannot change kind part-way through."));
            else if (was != null && !string.Equals(was.Parent?.Id, now.Parent?.Id, StringComparison.Ordinal))
                refusals.Add(new(activityId, title, $"{doing}, but version {version} moves it into '{now.Parent?.Definition.Label ?? "the top level"}'."));
            else if (was is TaskActivity && state.Bookmarks.Exists(b => b.ActivityId == activityId && b.Task != null) && !was.Ports.SequenceEqual(now.Ports, StringComparer.OrdinalIgnoreCase))
                refusals.Add(new(activityId, title, $"{doing}, but version {version} changes its choices from {string.Join(", ", was.Ports)} to {string.Join(", ", now.Ports)}, so an answer already being prepared could lead nowhere."));
            else if (was is Sequence && !SameStepsSoFar(state, activityId, was, now))
                refusals.Add(new(activityId, title, $"{doing}, and version {version} changes the steps it has already passed, so its place in them would be lost."));
        }
    }

    private static bool SameStepsSoFar(WorkflowState state, string activityId, Runtime.Activity was, Runtime.Activity now)
    {
        var cursor = state.Frames.Where(f => f.ActivityId == activityId).Select(f => f.Cursor).DefaultIfEmpty(0).Max();
        return was.Children.Take(cursor).Select(a => a.Id).SequenceEqual(now.Children.Take(cursor).Select(a => a.Id), StringComparer.Ordinal);
    }

    private static string Doing(WorkflowState state, string activityId)
    {
        var bookmark = state.Bookmarks.Find(b => b.ActivityId == activityId);
        return bookmark switch
        {
            { Task.Kind: TaskKinds.SignOff } => "waiting for sign-off",
            { Task.Kind: TaskKinds.Review } => "an open review",
            { Task: not null } => "an open task",
            { Kind: BookmarkKinds.Timer } => "waiting for its time to come",
            { Kind: BookmarkKinds.Event } => $"waiting for the event '{bookmark.Key}'",
            { Kind: BookmarkKinds.ChildWorkflow } => "waiting for a child programme to finish",
            _ => "in progress",
        };
    }

    private static Dictionary<string, Dictionary<string, List<int>>> RemapArrivals(WorkflowBlueprint from, WorkflowBlueprint to, WorkflowState state, List<MigrationRefusal> refusals)
    {
        var remapped = new Dictionary<string, Dictionary<string, List<int>>>(StringComparer.Ordinal);
        foreach (var frame in state.Frames.Where(f => f.Arrivals is { Count: > 0 }))
        {
            if (from.Activities.GetValueOrDefault(frame.ActivityId) is not Flowchart was || to.Activities.GetValueOrDefault(frame.ActivityId) is not Flowchart now)
                continue;
            var arrivals = now.RemapArrivals(was, frame.Arrivals!, out var missing);
            if (arrivals != null)
            {
                remapped[frame.Id] = arrivals;
                continue;
            }
            var (source, port, target) = missing!.Value;
            var join = from.Activities.GetValueOrDefault(target)?.Definition.Label ?? target;
            var branch = from.Activities.GetValueOrDefault(source)?.Definition.Label ?? source;
            refusals.Add(new(target, join, $"'{join}' ({target}) is waiting for branches to meet; the branch from '{branch}' ({port}) has already arrived, but version {to.Definition.Version} no longer connects it there."));
        }
        return remapped;
    }

    private static List<RetimedTask> Retime(WorkflowEngine engine, WorkflowBlueprint from, WorkflowBlueprint to, WorkflowState state, List<MigrationRefusal> refusals)
    {
        var retimed = new List<RetimedTask>();
        var run = new WorkflowRun(engine, to, state, "system");
        foreach (var bookmark in state.Bookmarks)
        {
            if (bookmark.Task is not { } current || state.FindFrame(bookmark.FrameId) is not { } frame
                || from.Activities.GetValueOrDefault(bookmark.ActivityId) is not TaskActivity was
                || to.Activities.GetValueOrDefault(bookmark.ActivityId) is not TaskActivity now || was.SchedulesLike(now))
                continue;
            HumanTaskPayload payload;
            run.Scope.Frame = frame;
            try
            {
                payload = now.Reschedule(new ActivityContext(run, frame, now), current);
            }
            catch (Exception ex) when (ex is FormatException or ExpressionException or InvalidCastException)
            {
                refusals.Add(new(bookmark.ActivityId, now.Definition.Label, $"Version {to.Definition.Version} cannot work out when '{current.Title}' ({bookmark.ActivityId}) is due: {ex.Message}"));
                continue;
            }
            retimed.Add(new RetimedTask(bookmark.Id, bookmark.ActivityId, current.Title, current.DueDate, payload.DueDate,
                [.. current.Reminders.Select(r => r.At)], [.. payload.Reminders.Select(r => r.At)], current.EscalateAt, payload.EscalateAt)
            { Payload = payload });
        }
        return retimed;
    }

    // Only a changed rule moves a wait: re-evaluating an unchanged one could move it for other reasons (a variable
    // changed since), which is not what moving to a new version means.
    private static List<RetimedWait> RetimeWaits(WorkflowEngine engine, WorkflowBlueprint from, WorkflowBlueprint to, WorkflowState state, List<MigrationRefusal> refusals)
    {
        var retimed = new List<RetimedWait>();
        var run = new WorkflowRun(engine, to, state, "system");
        foreach (var bookmark in state.Bookmarks)
        {
            if (bookmark is not { Kind: BookmarkKinds.Timer, DueAt: { } oldAt } || state.FindFrame(bookmark.FrameId) is not { } frame
                || to.Activities.GetValueOrDefault(bookmark.ActivityId) is not { } now)
                continue;
            var was = from.Activities.GetValueOrDefault(bookmark.ActivityId);
            // A review's written title is what people know it by; a timer has only its label.
            var title = now.Definition.Input("title") is { ExpressionType: ExpressionTypes.Literal, Text: { Length: > 0 } written } ? written : now.Definition.Label;
            run.Scope.Frame = frame;
            var context = new ActivityContext(run, frame, now);
            DateTimeOffset? newAt;
            try
            {
                newAt = (was, now) switch
                {
                    (TimerActivity a, TimerActivity b) when !a.WaitsLike(b) => b.DueAtForWait(context, bookmark),
                    (Review a, Review b) when !a.SchedulesLike(b) => b.OpensAt(context),
                    _ => null,
                };
            }
            catch (Exception ex) when (ex is FormatException or ExpressionException or InvalidCastException)
            {
                refusals.Add(new(bookmark.ActivityId, title, $"Version {to.Definition.Version} cannot work out when '{title}' ({bookmark.ActivityId}) should end its wait: {ex.Message}"));
                continue;
            }
            if (newAt is { } at && at != oldAt)
                retimed.Add(new RetimedWait(bookmark.Id, bookmark.ActivityId, title, oldAt, at));
        }
        return retimed;
    }

    private static MigrationActivity Describe(Runtime.Activity activity) => new(activity.Id, activity.Type, activity.Definition.Label);
}
