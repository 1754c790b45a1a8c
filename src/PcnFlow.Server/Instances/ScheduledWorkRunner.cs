using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Notifications;
using PcnFlow.Server.Tasks;

namespace PcnFlow.Server.Instances;

/// <summary>
/// Does what a scheduled-work row asks, once: it checks the row is still pending and due, and the state it
/// acts on (a task still open, a timer still waiting), and marks it done in the same transaction.
/// </summary>
internal sealed class ScheduledWorkRunner(UnitOfWork unitOfWork)
{
    public Task RunAsync(long id, CancellationToken ct) => unitOfWork.RunAsync("system", async (session, token) =>
    {
        var work = await session.Db.ScheduledWork.FirstOrDefaultAsync(w => w.Id == id, token);
        if (work is not { Status: ScheduledWorkStatus.Pending } || work.DueAt > session.Now)
            return false;
        var instance = await session.LoadAsync(work.InstanceId, token);
        var task = work.TaskId is { } taskId ? await session.Db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, token) : null;
        var done = instance != null && await DoAsync(session, work, instance, task, token);
        work.Status = done ? ScheduledWorkStatus.Done : ScheduledWorkStatus.Cancelled;
        work.CompletedAt = session.Now;
        work.Revision++;
        return done;
    }, ct);

    private static async Task<bool> DoAsync(InstanceSession session, ScheduledWork work, LoadedInstance instance, TaskRecord? task, CancellationToken ct)
    {
        switch (work.Kind)
        {
            case ScheduledWorkKind.ResumeTimer or ScheduledWorkKind.OpenReview:
                var result = await session.ResumeAsync(instance, work.BookmarkId!, ResumeInput.Empty, "system", ct);
                return result.Status == ResumeStatus.Resumed;
            case ScheduledWorkKind.TaskOpenedNotice or ScheduledWorkKind.RequestSignOff when task is { State: TaskState.Open }:
                return await NotifyAsync(session, work, instance, task, task.OwnerRole, (c, to) => c.TaskOpened(task, to), urgent: false, ct);
            case ScheduledWorkKind.Reminder when task is { State: TaskState.Open }:
                return await NotifyAsync(session, work, instance, task, task.OwnerRole, (c, to) => c.Reminder(task, to), urgent: false, ct);
            case ScheduledWorkKind.Escalation when task is { State: TaskState.Open }:
                task.Escalated = true;
                var payload = TaskPayloads.Read(task);
                return await NotifyAsync(session, work, instance, task, payload.EscalateTo ?? Roles.ProgrammeLead, (c, to) => c.Escalation(task, to), urgent: true, ct);
            default:
                return false;
        }
    }

    private static async Task<bool> NotifyAsync(
        InstanceSession session, ScheduledWork work, LoadedInstance instance, TaskRecord task, string role,
        Func<NotificationComposer, Recipient, ComposedMessage> compose, bool urgent, CancellationToken ct)
    {
        // Touching the task's revision makes a completion committed at the same moment clash with this
        // job, so one of them retries and sees the other: no reminder goes out for a task just completed.
        task.Revision++;
        var outbox = session.Outbox;
        var link = outbox.Composer.TaskLink(task.Id);
        var assignee = role == task.OwnerRole ? task.AssigneeUserId : null;
        foreach (var to in await outbox.RecipientsAsync(instance.Record, role, assignee, ct))
            await outbox.AddEmailAsync($"{work.Key}:{to.UserId}", to, compose(outbox.Composer, to), instance.Id, task.Id, link, ct, urgent);
        var first = compose(outbox.Composer, new Recipient(Guid.Empty, "", role, Persistence.Identity.NotificationPreference.Individual));
        await outbox.AddWebhookAsync(instance.Record, work.Key, first.Subject, task.Title, link, ct);
        return true;
    }
}
