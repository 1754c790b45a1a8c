using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Scheduling;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Instances;

internal sealed partial class InstanceCommands
{
    /// <summary>Gives an open task to one person (or, with null, back to everyone holding its role) and tells them.</summary>
    public Task<CommandResult<TaskRecord>> ReassignTaskAsync(Guid taskId, Guid? userId, string actor, CancellationToken ct = default) =>
        unitOfWork.RunAsync(actor, async (session, token) =>
        {
            var task = await session.Db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, token);
            if (task == null)
                return CommandResult<TaskRecord>.NotFound();
            if (task.State != TaskState.Open)
                return CommandResult<TaskRecord>.Conflict("This task is closed, so it can no longer be reassigned.");
            task.AssigneeUserId = userId;
            task.Revision++;
            if (userId != null)
                session.Plan($"assigned:{task.Id}:{task.Revision}", ScheduledWorkKind.TaskOpenedNotice, task.InstanceId, session.Now, task.Id);
            return CommandResult<TaskRecord>.Ok(task);
        }, ct);

    /// <summary>
    /// Moves an open task's due date, reminders or escalation. The task row, the engine's bookmark payload and
    /// the schedule change together: pending reminders and escalations are cancelled and new rows planned under
    /// new keys (carrying the task's revision), so a job already queued for an old row finds it cancelled and
    /// does nothing, and a new reminder is never mistaken for one already sent.
    /// </summary>
    public Task<CommandResult<TaskRecord>> RescheduleTaskAsync(Guid taskId, TaskScheduleChange change, string actor, CancellationToken ct = default) =>
        unitOfWork.RunAsync(actor, async (session, token) =>
        {
            var task = await session.Db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, token);
            if (task == null)
                return CommandResult<TaskRecord>.NotFound();
            if (task.State != TaskState.Open)
                return CommandResult<TaskRecord>.Conflict("This task is closed, so its schedule can no longer change.");
            var instance = await session.LoadAsync(task.InstanceId, token);
            if (instance?.State.Bookmarks.Find(b => b.Id == task.BookmarkId)?.Task is not { } payload)
                return CommandResult<TaskRecord>.Conflict("This task is no longer waiting in its programme.");
            if ((change.DueDate ?? payload.DueDate) is not { } due)
                return CommandResult<TaskRecord>.Invalid("dueDate", "This task has no due date yet, so give one.");
            var escalateAfter = change.EscalateAfter ?? EscalateAfter(payload);
            var escalateTo = change.EscalateTo ?? payload.EscalateTo ?? (task.OwnerUserId == null ? Roles.ProgrammeLead : Roles.SupportPerson);
            var previous = payload.DueDate;
            TaskSchedule.Apply(payload, due, change.Reminders ?? [.. payload.Reminders.Select(r => r.Offset)], escalateAfter, escalateTo);
            // The payload lives in the engine state, which is only written back when marked changed.
            instance.Changed = true;

            task.DueDate = payload.DueDate;
            task.DueAt = payload.DueAt?.ToUniversalTime();
            task.PayloadJson = JsonSerializer.Serialize(payload, WorkflowStateSerializer.Options);
            task.Escalated = false;
            task.Revision++;
            await CancelRemindersAsync(session, task.Id, token);
            foreach (var reminder in payload.Reminders.Where(r => r.At > session.Now))
                session.Plan($"reminder:{task.Id}:{task.Revision}:{reminder.Index}", ScheduledWorkKind.Reminder, task.InstanceId, reminder.At, task.Id, reminderIndex: reminder.Index);
            if (payload.EscalateAt is { } escalateAt && payload.EscalateTo != null)
                session.Plan($"escalation:{task.Id}:{task.Revision}", ScheduledWorkKind.Escalation, task.InstanceId, escalateAt, task.Id);
            session.Db.TaskComments.Add(new TaskComment { TaskId = task.Id, Author = actor, Text = Describe(previous, payload), At = session.Now });
            return CommandResult<TaskRecord>.Ok(task);
        }, ct);

    internal static async Task CancelRemindersAsync(InstanceSession session, Guid taskId, CancellationToken ct)
    {
        await session.CancelPreparedMessagesAsync(taskId, ct);
        var pending = await session.Db.ScheduledWork
            .Where(w => w.TaskId == taskId && w.Status == ScheduledWorkStatus.Pending && (w.Kind == ScheduledWorkKind.Reminder || w.Kind == ScheduledWorkKind.Escalation))
            .ToListAsync(ct);
        foreach (var work in pending)
        {
            work.Status = ScheduledWorkStatus.Cancelled;
            work.CompletedAt = session.Now;
            work.Revision++;
        }
    }

    // The payload keeps when to escalate, not the rule; the rule is recovered as days after the due date.
    private static string? EscalateAfter(HumanTaskPayload payload)
    {
        if (payload.EscalateAt is not { } at || payload.DueDate is not { } due)
            return null;
        var days = UkTime.Today(at).DayNumber - due.AddDays(1).DayNumber;
        return days >= 0 ? $"P{days}D" : null;
    }

    internal static string Describe(DateOnly? previous, HumanTaskPayload payload)
    {
        var english = CultureInfo.GetCultureInfo("en-GB");
        var due = payload.DueDate?.ToString("d MMMM yyyy", english);
        var moved = previous == payload.DueDate ? $"Schedule changed; still due {due}." : $"Due date moved from {previous?.ToString("d MMMM yyyy", english) ?? "none"} to {due}.";
        var reminders = payload.Reminders.Count == 0 ? " No reminders." : $" Reminders: {string.Join(", ", payload.Reminders.Select(r => r.Offset))}.";
        return moved + reminders;
    }
}
