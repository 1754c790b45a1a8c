namespace PcnFlow.Engine.Runtime;

internal sealed partial class WorkflowRun
{
    public void Start()
    {
        State.Status = WorkflowStatus.Running;
        State.SubStatus = WorkflowSubStatus.Executing;
        Journal(JournalKind.WorkflowStarted, null);
        Schedule(Blueprint.Root, null);
        Drain();
    }

    public ResumeResult Resume(string bookmarkId, ResumeInput input)
    {
        var bookmark = State.FindBookmark(bookmarkId);
        if (bookmark == null)
        {
            return State.ConsumedBookmarks.Contains(bookmarkId)
                ? ResumeResult.AlreadyResumed
                : ResumeResult.NotFound;
        }
        if (State.Status == WorkflowStatus.Finished)
            return ResumeResult.NotFound;
        var frame = State.FindFrame(bookmark.FrameId);
        if (frame == null)
        {
            DropOrphan(bookmark);
            return ResumeResult.NotFound;
        }
        var activity = Blueprint.Get(frame.ActivityId);
        var errors = activity.ValidateResume(new ActivityContext(this, frame, activity), bookmark, input);
        if (errors.Count > 0)
            return ResumeResult.Rejected(errors);

        State.Bookmarks.Remove(bookmark);
        State.ConsumedBookmarks.Add(bookmark.Id);
        State.SubStatus = WorkflowSubStatus.Executing;
        frame.Status = FrameStatus.Running;
        // One copy of the submitted fields, so the caller can go on changing its own; the journal entry and the
        // activity keep this same copy (a task stores it as its result and output) and nothing changes it afterwards.
        if (input.Fields != null)
            input = input with { Fields = (System.Text.Json.Nodes.JsonObject)input.Fields.DeepClone() };
        // The audit trail records the outcome taken (the default when none was asked for, in its declared spelling).
        var outcome = bookmark.Task == null
            ? input.Outcome
            : bookmark.Task.MatchOutcome(input.Outcome) ?? bookmark.Task.Outcomes.FirstOrDefault();
        Journal(JournalKind.BookmarkResumed, activity, outcome: outcome, bookmarkId: bookmark.Id, message: input.Comment, data: input.Fields);
        if (bookmark.Task != null)
            Effects.Add(new TaskClosed(bookmark.Id, bookmark.ActivityId, true, outcome));
        Guard(frame, activity, (a, ctx) => a.OnResume(ctx, bookmark, input));
        Drain();
        return ResumeResult.Resumed;
    }

    /// <summary>
    /// Drops a bookmark that cannot be resumed because the activity waiting on it is gone (a damaged or
    /// hand-edited state). The instance faults: carrying on would silently skip whatever followed the wait,
    /// and could leave the instance suspended with nothing left to resume.
    /// </summary>
    private void DropOrphan(Bookmark bookmark)
    {
        State.Bookmarks.Remove(bookmark);
        if (bookmark.Task != null)
            Effects.Add(new TaskClosed(bookmark.Id, bookmark.ActivityId, false, null));
        var activity = Blueprint.Activities.GetValueOrDefault(bookmark.ActivityId);
        var label = activity?.Definition.Label ?? bookmark.ActivityId;
        var message = $"The {bookmark.Kind.ToLowerInvariant()} bookmark {bookmark.Id} of '{label}' has no activity waiting on it (its execution {bookmark.FrameId} is missing), so it was dropped.";
        State.Incidents.Add(new Incident(bookmark.ActivityId, activity?.Type, message, Now));
        State.Journal.Add(new JournalEntry(State.JournalLength + 1, Now, JournalKind.ActivityFaulted, bookmark.ActivityId, activity?.Type, Actor, BookmarkId: bookmark.Id, Message: message));
        EndWorkflow(WorkflowSubStatus.Faulted, JournalKind.WorkflowFaulted, message);
        Settle();
    }

    public void Cancel(string? reason)
    {
        CancelWorkflow(reason);
        Settle();
    }
}
