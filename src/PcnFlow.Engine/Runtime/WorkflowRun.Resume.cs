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
        var frame = State.FindFrame(bookmark.FrameId);
        if (frame == null || State.Status == WorkflowStatus.Finished)
            return ResumeResult.NotFound;
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
        Journal(JournalKind.BookmarkResumed, activity, outcome: input.Outcome, bookmarkId: bookmark.Id, message: input.Comment, data: input.Fields);
        if (bookmark.Task != null)
        {
            var outcome = bookmark.Task.MatchOutcome(input.Outcome) ?? bookmark.Task.Outcomes.FirstOrDefault();
            Effects.Add(new TaskClosed(bookmark.Id, bookmark.ActivityId, true, outcome));
        }
        Guard(frame, activity, (a, ctx) => a.OnResume(ctx, bookmark, input));
        Drain();
        return ResumeResult.Resumed;
    }

    public void Cancel(string? reason)
    {
        CancelWorkflow(reason);
        Settle();
    }
}
