using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Instances;

internal sealed partial class InstanceSession
{
    private readonly List<TaskRecord> _openedTasks = [];
    private readonly HashSet<string> _finishHandled = new(StringComparer.Ordinal);

    /// <summary>Who is acting in this unit of work; recorded on tasks it closes.</summary>
    public string Actor { get; set; } = "system";

    private async Task ApplyAsync(LoadedInstance instance, IReadOnlyList<WorkflowEffect> effects, CancellationToken ct)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case TaskOpened opened:
                    OpenTask(instance, opened.Bookmark);
                    break;
                case TaskClosed closed:
                    await CloseTaskAsync(instance, closed, ct);
                    break;
                case NotificationRequested notification:
                    var key = $"notify:{instance.Id}:{instance.State.JournalLength}:{notification.ActivityId}";
                    await outbox.AddActivityNotificationAsync(instance.Record, key, notification, ct);
                    break;
                case ChildWorkflowRequested child:
                    _work.Enqueue(() => StartChildAsync(instance, child, ct));
                    break;
                case EventPublished published:
                    _work.Enqueue(() => DeliverEventAsync(published, instance.Id, ct));
                    break;
            }
        }
        if (instance.State.Status == WorkflowStatus.Finished && !instance.WasFinished && _finishHandled.Add(instance.Id))
        {
            await CancelOpenWorkAsync(instance.Id, ct);
            if (instance.Record.ParentInstanceId != null)
                _work.Enqueue(() => ResumeWaitingParentAsync(instance, ct));
        }
    }

    private void OpenTask(LoadedInstance instance, Bookmark bookmark)
    {
        var payload = bookmark.Task!;
        var task = new TaskRecord
        {
            InstanceId = instance.Id,
            BookmarkId = bookmark.Id,
            ActivityId = bookmark.ActivityId,
            Kind = payload.Kind,
            Title = payload.Title,
            Instructions = payload.Instructions,
            OwnerRole = payload.OwnerRole,
            PcnId = instance.Record.PcnId,
            IcsId = instance.Record.IcsId,
            OwnerUserId = instance.Record.OwnerUserId,
            Stage = payload.Stage,
            ProgrammeName = instance.State.Name ?? instance.Blueprint.Definition.Name,
            DueDate = payload.DueDate,
            DueAt = payload.DueAt?.ToUniversalTime(),
            OpenedAt = Now,
            State = TaskState.Open,
            PayloadJson = JsonSerializer.Serialize(payload, WorkflowStateSerializer.Options),
            Attempt = payload.Attempt,
            ReturnedComment = payload.ReturnedComment,
            Revision = 1,
        };
        db.Tasks.Add(task);
        _openedTasks.Add(task);
        var notice = payload.Kind == TaskKinds.SignOff ? ScheduledWorkKind.RequestSignOff : ScheduledWorkKind.TaskOpenedNotice;
        Plan($"opened:{task.Id}", notice, instance.Id, Now, task.Id);
        foreach (var reminder in payload.Reminders)
        {
            // A reminder already in the past when the task opens (a redone task keeps its date) adds nothing to the opening notice.
            if (reminder.At > Now)
                Plan($"reminder:{task.Id}:{reminder.Index}", ScheduledWorkKind.Reminder, instance.Id, reminder.At, task.Id, reminderIndex: reminder.Index);
        }
        if (payload.EscalateAt is { } escalateAt && payload.EscalateTo != null)
            Plan($"escalation:{task.Id}", ScheduledWorkKind.Escalation, instance.Id, escalateAt, task.Id);
    }

    private async Task CloseTaskAsync(LoadedInstance instance, TaskClosed closed, CancellationToken ct)
    {
        // The task being completed is usually tracked already (the command loaded it), so no second read is needed.
        var task = _openedTasks.Find(t => t.InstanceId == instance.Id && t.BookmarkId == closed.BookmarkId)
            ?? db.Tasks.Local.FirstOrDefault(t => t.InstanceId == instance.Id && t.BookmarkId == closed.BookmarkId)
            ?? await db.Tasks.FirstOrDefaultAsync(t => t.InstanceId == instance.Id && t.BookmarkId == closed.BookmarkId, ct);
        if (task == null)
            return;
        task.State = closed.Completed ? TaskState.Completed : TaskState.Cancelled;
        task.Outcome = closed.Outcome;
        task.CompletedAt = Now;
        task.CompletedBy = closed.Completed ? Actor : null;
        task.Revision++;
        await CancelTaskWorkAsync(task.Id, ct);
    }

    public void Plan(string key, ScheduledWorkKind kind, string instanceId, DateTimeOffset dueAt, Guid? taskId = null, string? bookmarkId = null, int? reminderIndex = null)
    {
        var work = new ScheduledWork
        {
            Key = key,
            Kind = kind,
            InstanceId = instanceId,
            TaskId = taskId,
            BookmarkId = bookmarkId,
            ReminderIndex = reminderIndex,
            DueAt = dueAt.ToUniversalTime(),
            Status = ScheduledWorkStatus.Pending,
            CreatedAt = Now,
            Revision = 1,
        };
        db.ScheduledWork.Add(work);
        NewWork.Add(work);
    }

    private async Task CancelTaskWorkAsync(Guid taskId, CancellationToken ct)
    {
        await CancelPreparedMessagesAsync(taskId, ct);
        foreach (var work in NewWork.Where(w => w.TaskId == taskId && w.Status == ScheduledWorkStatus.Pending))
            work.Status = ScheduledWorkStatus.Cancelled;
        var stored = await db.ScheduledWork.Where(w => w.TaskId == taskId && w.Status == ScheduledWorkStatus.Pending).ToListAsync(ct);
        foreach (var work in stored)
        {
            work.Status = ScheduledWorkStatus.Cancelled;
            work.CompletedAt = Now;
            work.Revision++;
        }
    }

    /// <summary>
    /// Reminders for the task already prepared and waiting for their time (see <c>Notifications:PrepareAhead</c>) are
    /// cancelled, with their in-app notifications, so a task closed or re-timed at 08:59 gets no 09:00 reminder.
    /// </summary>
    public async Task CancelPreparedMessagesAsync(Guid taskId, CancellationToken ct)
    {
        var now = Now;
        var prepared = await db.Outbox.Where(m => m.TaskId == taskId && m.Status == OutboxStatus.Pending && m.NextAttemptAt > now).ToListAsync(ct);
        if (prepared.Count == 0)
            return;
        foreach (var message in prepared)
        {
            message.Status = OutboxStatus.Cancelled;
            message.Revision++;
        }
        var keys = prepared.Select(m => m.Key).ToList();
        db.InAppNotifications.RemoveRange(await db.InAppNotifications.Where(n => keys.Contains(n.Key)).ToListAsync(ct));
    }

    private async Task CancelOpenWorkAsync(string instanceId, CancellationToken ct)
    {
        foreach (var work in NewWork.Where(w => w.InstanceId == instanceId && w.Status == ScheduledWorkStatus.Pending))
            work.Status = ScheduledWorkStatus.Cancelled;
        var stored = await db.ScheduledWork.Where(w => w.InstanceId == instanceId && w.Status == ScheduledWorkStatus.Pending).ToListAsync(ct);
        foreach (var work in stored)
        {
            work.Status = ScheduledWorkStatus.Cancelled;
            work.CompletedAt = Now;
            work.Revision++;
        }
    }
}
