using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Hosting;

public sealed partial class InMemoryWorkflowHost
{
    private static readonly TimeOnly CompletionTime = new(12, 0);
    private readonly HashSet<(string Instance, string Bookmark, int Index)> _sent = [];

    /// <summary>
    /// Fast-forwards to <paramref name="target"/>, firing every timer, reminder and escalation (and, with
    /// <see cref="AutoCompleteTasks"/>, completing tasks) at its moment, in time order.
    /// </summary>
    /// <returns>False when it stopped early because <paramref name="maxSteps"/> was reached.</returns>
    public bool AdvanceTo(DateTimeOffset target, int maxSteps = 100_000)
    {
        for (var step = 0; step < maxSteps; step++)
        {
            var next = NextDue();
            if (next == null || next.Value.At > target)
            {
                Clock.AdvanceTo(target);
                return true;
            }
            Clock.AdvanceTo(next.Value.At);
            Enqueue(next.Value.Run);
        }
        return false;
    }

    /// <summary>Whether anything is scheduled: a timer, a reminder or escalation, or (auto-completing) an open task.</summary>
    public DateTimeOffset? NextDueAt => NextDue()?.At;

    private (DateTimeOffset At, Action Run)? NextDue()
    {
        (DateTimeOffset At, Action Run)? best = null;
        foreach (var state in Instances.Values)
        {
            if (state.Status != WorkflowStatus.Running)
                continue;
            foreach (var bookmark in state.Bookmarks)
            {
                if (bookmark.Kind == BookmarkKinds.Timer && bookmark.DueAt is { } due)
                    Consider(due, () => ResumeNow(state.InstanceId, bookmark.Id, ResumeInput.Empty, "system"));
                if (bookmark.Task is not { } task)
                    continue;
                foreach (var reminder in task.Reminders)
                {
                    if (!_sent.Contains((state.InstanceId, bookmark.Id, reminder.Index)))
                        Consider(reminder.At, () => SendReminder(state, bookmark, reminder));
                }
                if (task.EscalateAt is { } escalateAt && !_sent.Contains((state.InstanceId, bookmark.Id, -1)))
                    Consider(escalateAt, () => Escalate(state, bookmark));
                if (AutoCompleteTasks)
                    Consider(AutoCompletionTime(task), () => AutoComplete(state, bookmark));
            }
        }
        return best;

        void Consider(DateTimeOffset at, Action run)
        {
            if (best == null || at < best.Value.At)
                best = (at, run);
        }
    }

    private void SendReminder(WorkflowState state, Bookmark bookmark, TaskReminder reminder)
    {
        if (!_sent.Add((state.InstanceId, bookmark.Id, reminder.Index)) || !state.Bookmarks.Contains(bookmark))
            return;
        Record(Clock.Now, "Reminder", state, bookmark.ActivityId, $"{bookmark.Task!.Title} ({reminder.Offset})", bookmark.Task.OwnerRole, bookmark.Task);
    }

    private void Escalate(WorkflowState state, Bookmark bookmark)
    {
        if (!_sent.Add((state.InstanceId, bookmark.Id, -1)) || !state.Bookmarks.Contains(bookmark))
            return;
        Record(Clock.Now, "Escalation", state, bookmark.ActivityId, bookmark.Task!.Title, bookmark.Task.EscalateTo, bookmark.Task);
    }

    private static DateTimeOffset AutoCompletionTime(HumanTaskPayload task)
    {
        if (task.DueDate is not { } due)
            return task.OpenedAt;
        var at = UkTime.AtLocalTime(due, CompletionTime);
        return at < task.OpenedAt ? task.OpenedAt : at;
    }

    private void AutoComplete(WorkflowState state, Bookmark bookmark)
    {
        var task = bookmark.Task!;
        var outcome = task.Outcomes[0];
        if (OutcomeOverrides.TryGetValue(bookmark.ActivityId, out var queue) && queue.Count > 0)
            outcome = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        var input = new ResumeInput
        {
            Outcome = outcome,
            Fields = SampleAnswers.For(task.Form, UkTime.Today(Clock.Now)),
            Comment = outcome == SignOff.Returned ? "Please add more detail and resubmit." : null,
        };
        ResumeNow(state.InstanceId, bookmark.Id, input, "auto");
    }
}
