using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// Hands committed rows to Hangfire. Delays are measured on the injected clock, so fast-forwarded time in
/// tests and real time in production plan the same way. If this never runs (a crash just after the commit),
/// the reconcile job finds the rows without a live job and plans them then. Only rows due within
/// <see cref="JobsOptions.PlanningHorizon"/> are planned here; the reconcile job plans later ones as they come near.
/// </summary>
/// <remarks>
/// A row's job id is written only if it still holds the id the planner expected (none, or a dead job's), and
/// the new job is deleted otherwise. So when the reconcile job and a commit plan the same row at the same
/// moment, one job survives, not two.
/// </remarks>
internal sealed class JobPlanner(
    IBackgroundJobClient jobs, PcnFlowDbContext db, JobsOptions options, IOptions<NotificationOptions> notifications, DrainPlans drains, TimeProvider time)
{
    public async Task PlanAsync(IEnumerable<ScheduledWork> work, IEnumerable<OutboxMessage> messages, CancellationToken ct)
    {
        // Work due beyond the horizon stays in the database until the reconcile job brings it in.
        var horizon = Horizon;
        var pending = work.Where(w => w.Status == ScheduledWorkStatus.Pending && w.DueAt <= horizon).ToList();
        var deliveries = messages.Where(m => m.Status == OutboxStatus.Pending).ToList();
        if (pending.Count + deliveries.Count == 0)
            return;
        // One transaction for all the claims, not one commit per row: a completion plans a notice, reminders and an
        // escalation at once. Each claim stays conditional, so a clash with the reconcile job is decided row by row as
        // before, and if this transaction is lost the rows are left unclaimed, which the reconcile job plans.
        await using var transaction = pending.Count + deliveries.Count > 1 && db.Database.CurrentTransaction == null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        foreach (var item in pending)
            await ReplanAsync(item, replacing: null, ct);
        var now = time.GetUtcNow();
        foreach (var message in deliveries)
        {
            // A message that goes now keeps a job of its own. Handed to a shared drain instead, it waited in a claimed
            // batch behind others, and the SQLite crash suite then sent some notices three times across two kills.
            if (message.NextAttemptAt is { } at && at > now)
                await ClaimForDrainAsync(message.Id, at, ct);
            else
                await ReplanDeliveryAsync(message.Id, replacing: null, ct);
        }
        if (transaction != null)
            await transaction.CommitAsync(ct);
    }

    /// <summary>The latest due time Hangfire is given a job for now.</summary>
    public DateTimeOffset Horizon => time.GetUtcNow() + options.PlanningHorizon;

    /// <summary>Plans a job for <paramref name="work"/> in place of <paramref name="replacing"/>; false when another planner got there first.</summary>
    public async Task<bool> ReplanAsync(ScheduledWork work, string? replacing, CancellationToken ct)
    {
        var jobId = Plan(work);
        var claimed = await db.ScheduledWork
            .Where(w => w.Id == work.Id && w.Status == ScheduledWorkStatus.Pending && w.JobId == replacing)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.JobId, jobId), ct);
        if (claimed == 1)
        {
            work.JobId = jobId;
            return true;
        }
        jobs.Delete(jobId);
        return false;
    }

    /// <summary>Plans delivery of an outbox row in place of <paramref name="replacing"/>; false when another planner got there first.</summary>
    public async Task<bool> ReplanDeliveryAsync(long outboxId, string? replacing, CancellationToken ct)
    {
        var jobId = Deliver(outboxId);
        var claimed = await db.Outbox
            .Where(m => m.Id == outboxId && m.Status == OutboxStatus.Pending && m.JobId == replacing)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.JobId, jobId), ct);
        if (claimed == 1)
            return true;
        jobs.Delete(jobId);
        return false;
    }

    /// <summary>
    /// A message prepared ahead (a reminder) is given to the drain planned for its time, one job for all the messages
    /// due then rather than one each. The row remembers the drain's job, so the reconcile job counts it as planned.
    /// </summary>
    private async Task ClaimForDrainAsync(long outboxId, DateTimeOffset at, CancellationToken ct)
    {
        // Started a moment early and waiting for the instant itself: Hangfire looks for scheduled jobs once a second,
        // and that second was the first of every reminder's lateness.
        var jobId = drains.JobFor(at, time.GetUtcNow(), () => jobs.Schedule<OutboxDrainJob>(j => j.ExecuteAsync(at, CancellationToken.None), at - OutboxDrainJob.Lead - time.GetUtcNow()));
        await db.Outbox
            .Where(m => m.Id == outboxId && m.Status == OutboxStatus.Pending && m.JobId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.JobId, jobId), ct);
    }

    /// <summary>Plans the next delivery attempt after a failure; the delivering job holds the row, so nobody else plans it.</summary>
    public async Task RetryDeliveryAsync(long outboxId, TimeSpan delay, CancellationToken ct)
    {
        var jobId = Deliver(outboxId, delay);
        await db.Outbox.Where(m => m.Id == outboxId).ExecuteUpdateAsync(s => s.SetProperty(m => m.JobId, jobId), ct);
    }

    public string Plan(ScheduledWork work)
    {
        var delay = WorkTiming.RunAt(work, notifications.Value.PrepareAhead) - time.GetUtcNow();
        return delay <= TimeSpan.Zero
            ? jobs.Enqueue<ScheduledWorkJob>(j => j.ExecuteAsync(work.Id, CancellationToken.None))
            : jobs.Schedule<ScheduledWorkJob>(j => j.ExecuteAsync(work.Id, CancellationToken.None), delay);
    }

    public string Deliver(long outboxId, TimeSpan? delay = null) => delay is { } wait && wait > TimeSpan.Zero
        ? jobs.Schedule<DeliverNotificationJob>(j => j.ExecuteAsync(outboxId, CancellationToken.None), wait)
        : jobs.Enqueue<DeliverNotificationJob>(j => j.ExecuteAsync(outboxId, CancellationToken.None));
}
