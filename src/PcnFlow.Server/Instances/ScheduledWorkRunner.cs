using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Instances;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Notifications;
using PcnFlow.Server.Tasks;

namespace PcnFlow.Server.Instances;

/// <summary>
/// Does what a scheduled-work row asks, once: it checks the row is still pending and due, and the state it
/// acts on (a task still open, a timer still waiting), and marks it done in the same transaction.
/// </summary>
internal sealed class ScheduledWorkRunner(UnitOfWork unitOfWork, IOptions<NotificationOptions> options)
{
    public Task RunAsync(long id, CancellationToken ct) => unitOfWork.RunAsync("system", async (session, token) =>
    {
        var work = await session.Db.ScheduledWork.FirstOrDefaultAsync(w => w.Id == id, token);
        if (work is not { Status: ScheduledWorkStatus.Pending } || WorkTiming.RunAt(work, options.Value.PrepareAhead) > session.Now)
            return false;
        var done = work.Kind is ScheduledWorkKind.ResumeTimer or ScheduledWorkKind.OpenReview
            ? await ResumeAsync(session, work, token)
            : await NoticeAsync(session, work, token);
        // The row's revision is the lock: of two runs at once, or a run and the task's completion (which cancels
        // this row), only one commits; the other starts again and finds the row no longer pending.
        work.Status = done ? ScheduledWorkStatus.Done : ScheduledWorkStatus.Cancelled;
        work.CompletedAt = session.Now;
        work.Revision++;
        return done;
    }, ct);

    private static async Task<bool> ResumeAsync(InstanceSession session, ScheduledWork work, CancellationToken ct)
    {
        var instance = await session.LoadAsync(work.InstanceId, ct);
        if (instance == null)
            return false;
        var result = await session.ResumeAsync(instance, work.BookmarkId!, ResumeInput.Empty, "system", ct);
        return result.Status == ResumeStatus.Resumed;
    }

    // Notices only read the instance: loading it into the session would rewrite its state and bump its revision, so
    // every reminder due at 09:00 for one programme would collide with the others and with people completing tasks.
    private static async Task<bool> NoticeAsync(InstanceSession session, ScheduledWork work, CancellationToken ct)
    {
        var instance = await session.Db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == work.InstanceId, ct);
        var task = work.TaskId is { } taskId ? await session.Db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct) : null;
        if (instance == null || task is not { State: TaskState.Open })
            return false;
        if (work.Kind is ScheduledWorkKind.TaskOpenedNotice or ScheduledWorkKind.RequestSignOff)
            return await NotifyOpenedAsync(session, work, instance, task, ct);
        var pcn = await PcnNameAsync(session, instance, ct);
        switch (work.Kind)
        {
            case ScheduledWorkKind.Reminder:
                return await NotifyAsync(session, work, instance, task, [task.OwnerRole], (c, to) => c.Reminder(task, to, pcn), urgent: false, ct);
            case ScheduledWorkKind.Escalation when !task.Escalated:
                task.Escalated = true;
                var payload = TaskPayloads.Read(task);
                return await NotifyAsync(session, work, instance, task, [payload.EscalateTo ?? Roles.ProgrammeLead], (c, to) => c.Escalation(task, to, pcn), urgent: true, ct);
            default:
                return false;
        }
    }

    /// <summary>
    /// Writes a task's opening notice, or its sign-off request, to the outbox of <paramref name="session"/>; used by the
    /// notice's job and by the unit of work that opened the task (<see cref="InstanceSession.WriteOpeningNoticesAsync"/>).
    /// </summary>
    public static async Task<bool> NotifyOpenedAsync(InstanceSession session, ScheduledWork work, WorkflowInstanceRecord instance, TaskRecord task, CancellationToken ct)
    {
        var pcn = await PcnNameAsync(session, instance, ct);
        // A review is a conversation, so everyone taking part is invited, not only its owner.
        List<string> roles = task.Kind == TaskKinds.Review ? [task.OwnerRole, .. TaskPayloads.Read(task).Participants ?? []] : [task.OwnerRole];
        return await NotifyAsync(session, work, instance, task, roles, (c, to) => c.TaskOpened(task, to, pcn), urgent: false, ct);
    }

    private static async Task<string?> PcnNameAsync(InstanceSession session, WorkflowInstanceRecord instance, CancellationToken ct) =>
        instance.PcnId is { } pcnId ? await session.Db.Organisations.Where(o => o.Id == pcnId).Select(o => o.Name).FirstOrDefaultAsync(ct) : null;

    private static async Task<bool> NotifyAsync(
        InstanceSession session, ScheduledWork work, WorkflowInstanceRecord instance, TaskRecord task, List<string> roles,
        Func<NotificationComposer, Recipient, ComposedMessage> compose, bool urgent, CancellationToken ct)
    {
        // Touching the task's revision makes a completion committed at the same moment clash with this
        // job, so one of them retries and sees the other: no reminder goes out for a task just completed. A task this
        // unit of work is inserting has no other writer yet.
        if (session.Db.Entry(task).State != EntityState.Added)
            task.Revision++;
        var outbox = session.Outbox;
        var link = outbox.Composer.TaskLink(task.Id);
        // A reminder prepared ahead waits in the outbox for its time; everything else goes now.
        DateTimeOffset? notBefore = work.Kind == ScheduledWorkKind.Reminder ? work.DueAt : null;
        foreach (var role in roles.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var assignee = string.Equals(role, task.OwnerRole, StringComparison.OrdinalIgnoreCase) ? task.AssigneeUserId : null;
            // The key is per person, so someone holding two of the roles still gets one message.
            foreach (var to in await outbox.RecipientsAsync(instance, role, assignee, ct))
                await outbox.AddEmailAsync($"{work.Key}:{to.UserId}", to, compose(outbox.Composer, to), instance.Id, task.Id, link, ct, urgent, notBefore);
        }
        var first = compose(outbox.Composer, new Recipient(Guid.Empty, "", RoleNames.Plain(roles[0]), Persistence.Identity.NotificationPreference.Individual));
        await outbox.AddWebhookAsync(instance, work.Key, first.Subject, task.Title, link, ct, task.Id, notBefore);
        return true;
    }
}
