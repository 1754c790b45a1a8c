using System.Globalization;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Runtime;

/// <summary>
/// One pass of execution over an instance: drains a FIFO queue of scheduled activities until every
/// branch has completed or is waiting on a bookmark. Scheduled work never outlives a run, so the state
/// saved afterwards needs no queue.
/// </summary>
internal sealed partial class WorkflowRun
{
    private readonly Queue<FrameState> _queue = new();
    private int _executions;

    public WorkflowRun(WorkflowEngine engine, WorkflowBlueprint blueprint, WorkflowState state, string actor)
    {
        Engine = engine;
        Blueprint = blueprint;
        State = state;
        Actor = actor;
        Now = engine.Options.TimeProvider.GetUtcNow();
        Scope = new InstanceScope(this);
    }

    public WorkflowEngine Engine { get; }

    public WorkflowBlueprint Blueprint { get; }

    public WorkflowState State { get; }

    public string Actor { get; }

    public DateTimeOffset Now { get; }

    public InstanceScope Scope { get; }

    public List<WorkflowEffect> Effects { get; } = [];

    private bool Ended => State.Status == WorkflowStatus.Finished;

    public string NewId(string prefix) => prefix + (++State.NextId).ToString(CultureInfo.InvariantCulture);

    public ActivityContext Schedule(Activity activity, FrameState? parent)
    {
        var frame = new FrameState { Id = NewId("f"), ActivityId = activity.Id, ParentId = parent?.Id, Status = FrameStatus.Scheduled, StartedAt = Now };
        State.Frames.Add(frame);
        _queue.Enqueue(frame);
        return new ActivityContext(this, frame, activity);
    }

    public void Drain()
    {
        while (_queue.Count > 0 && !Ended)
        {
            var frame = _queue.Dequeue();
            if (frame.Status != FrameStatus.Scheduled || State.FindFrame(frame.Id) == null)
                continue;
            var activity = Blueprint.Get(frame.ActivityId);
            if (++_executions > Engine.Options.MaxActivityExecutionsPerRun)
            {
                Fault(frame, activity, string.Create(CultureInfo.InvariantCulture,
                    $"The workflow stopped after {Engine.Options.MaxActivityExecutionsPerRun:N0} steps without waiting for anyone. It is probably stuck in a loop around '{activity.Definition.Label}'."));
                break;
            }
            frame.Status = FrameStatus.Running;
            frame.StartedAt = Now;
            Journal(JournalKind.ActivityStarted, activity);
            Guard(frame, activity, static (a, ctx) => a.Execute(ctx));
        }
        Settle();
    }

    /// <summary>Runs activity code, turning any failure into an incident that faults the instance.</summary>
    public void Guard(FrameState frame, Activity activity, Action<Activity, ActivityContext> action)
    {
        var previous = Scope.Frame;
        Scope.Frame = frame;
        try
        {
            action(activity, new ActivityContext(this, frame, activity));
        }
        catch (ExpressionException ex)
        {
            Fault(frame, activity, Sentence.End($"An expression in '{activity.Definition.Label}' failed. {ex.Message}"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not StackOverflowException)
        {
            Fault(frame, activity, Sentence.End($"'{activity.Definition.Label}' failed: {ex.Message}"));
        }
        finally
        {
            Scope.Frame = previous;
        }
    }

    public void Complete(FrameState frame, IReadOnlyList<string> outcomes)
    {
        if (!State.Frames.Remove(frame))
            return;
        CancelChildren(frame);
        RemoveBookmarks(frame, completed: false, outcome: null);
        var activity = Blueprint.Get(frame.ActivityId);
        Journal(JournalKind.ActivityCompleted, activity, outcome: outcomes.Count == 1 ? outcomes[0] : string.Join(",", outcomes));
        if (frame.ParentId == null)
        {
            EndWorkflow(WorkflowSubStatus.Finished, JournalKind.WorkflowFinished);
            return;
        }
        var parentFrame = State.FindFrame(frame.ParentId);
        if (parentFrame == null)
            return;
        var parent = Blueprint.Get(parentFrame.ActivityId);
        var child = new ActivityContext(this, frame, activity);
        Guard(parentFrame, parent, (a, ctx) => a.OnChildCompleted(ctx, child, outcomes));
    }

    public void Cancel(FrameState frame)
    {
        if (!State.Frames.Remove(frame))
            return;
        CancelChildren(frame);
        RemoveBookmarks(frame, completed: false, outcome: null);
        Journal(JournalKind.ActivityCancelled, Blueprint.Get(frame.ActivityId));
    }

    private void CancelChildren(FrameState frame)
    {
        for (var i = State.Frames.Count - 1; i >= 0; i--)
        {
            if (i < State.Frames.Count && State.Frames[i].ParentId == frame.Id)
                Cancel(State.Frames[i]);
        }
    }

    public Bookmark CreateBookmark(FrameState frame, Activity activity, string kind, DateTimeOffset? dueAt, string? key, HumanTaskPayload? task)
    {
        var bookmark = new Bookmark { Id = NewId("b"), Kind = kind, FrameId = frame.Id, ActivityId = activity.Id, DueAt = dueAt, Key = key, Task = task, CreatedAt = Now };
        State.Bookmarks.Add(bookmark);
        frame.Status = FrameStatus.Suspended;
        Journal(JournalKind.BookmarkCreated, activity, bookmarkId: bookmark.Id, message: task?.Title ?? key ?? dueAt?.ToString("O"));
        if (task != null)
            Effects.Add(new TaskOpened(bookmark));
        return bookmark;
    }

    private void RemoveBookmarks(FrameState frame, bool completed, string? outcome)
    {
        for (var i = State.Bookmarks.Count - 1; i >= 0; i--)
        {
            var bookmark = State.Bookmarks[i];
            if (bookmark.FrameId != frame.Id)
                continue;
            State.Bookmarks.RemoveAt(i);
            if (bookmark.Task != null)
                Effects.Add(new TaskClosed(bookmark.Id, bookmark.ActivityId, completed, outcome));
        }
    }

    public void Fault(FrameState? frame, Activity? activity, string message)
    {
        if (Ended)
            return;
        State.Incidents.Add(new Incident(activity?.Id, activity?.Type, message, Now));
        Journal(JournalKind.ActivityFaulted, activity, message: message);
        EndWorkflow(WorkflowSubStatus.Faulted, JournalKind.WorkflowFaulted, message);
    }

    public void FinishWorkflow() => EndWorkflow(WorkflowSubStatus.Finished, JournalKind.WorkflowFinished);

    public void CancelWorkflow(string? reason) => EndWorkflow(WorkflowSubStatus.Cancelled, JournalKind.WorkflowCancelled, reason);

    private void EndWorkflow(WorkflowSubStatus subStatus, JournalKind kind, string? message = null)
    {
        if (Ended)
            return;
        State.Status = WorkflowStatus.Finished;
        State.SubStatus = subStatus;
        State.FinishedAt = Now;
        _queue.Clear();
        foreach (var frame in State.Frames.Where(f => f.ParentId == null).ToList())
            Cancel(frame);
        State.Frames.Clear();
        foreach (var bookmark in State.Bookmarks.Where(b => b.Task != null))
            Effects.Add(new TaskClosed(bookmark.Id, bookmark.ActivityId, false, null));
        State.Bookmarks.Clear();
        Journal(kind, null, message: message);
    }

    private void Settle()
    {
        State.UpdatedAt = Now;
        if (Ended)
            return;
        State.SubStatus = WorkflowSubStatus.Suspended;
    }

    public void Journal(JournalKind kind, Activity? activity, string? outcome = null, string? bookmarkId = null, string? message = null, System.Text.Json.Nodes.JsonObject? data = null) =>
        State.Journal.Add(new JournalEntry(State.JournalLength + 1, Now, kind, activity?.Id, activity?.Type, Actor, outcome, bookmarkId, message, data));
}
