using Hangfire;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Scheduling;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// Hands committed rows to Hangfire. Delays are measured on the injected clock, so fast-forwarded time in
/// tests and real time in production plan the same way. If this never runs (a crash just after the commit),
/// the reconcile job finds the rows without a live job and plans them then.
/// </summary>
/// <remarks>
/// A row's job id is written only if it still holds the id the planner expected (none, or a dead job's), and
/// the new job is deleted otherwise. So when the reconcile job and a commit plan the same row at the same
/// moment, one job survives, not two.
/// </remarks>
internal sealed class JobPlanner(IBackgroundJobClient jobs, PcnFlowDbContext db, TimeProvider time)
{
    public async Task PlanAsync(IEnumerable<ScheduledWork> work, IEnumerable<OutboxMessage> messages, CancellationToken ct)
    {
        var pending = work.Where(w => w.Status == ScheduledWorkStatus.Pending).ToList();
        var deliveries = messages.Where(m => m.Status == OutboxStatus.Pending).Select(m => m.Id).ToList();
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
        foreach (var id in deliveries)
            await ReplanDeliveryAsync(id, replacing: null, ct);
        if (transaction != null)
            await transaction.CommitAsync(ct);
    }

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

    /// <summary>Plans the next delivery attempt after a failure; the delivering job holds the row, so nobody else plans it.</summary>
    public async Task RetryDeliveryAsync(long outboxId, TimeSpan delay, CancellationToken ct)
    {
        var jobId = Deliver(outboxId, delay);
        await db.Outbox.Where(m => m.Id == outboxId).ExecuteUpdateAsync(s => s.SetProperty(m => m.JobId, jobId), ct);
    }

    public string Plan(ScheduledWork work)
    {
        var delay = work.DueAt - time.GetUtcNow();
        return delay <= TimeSpan.Zero
            ? jobs.Enqueue<ScheduledWorkJob>(j => j.ExecuteAsync(work.Id, CancellationToken.None))
            : jobs.Schedule<ScheduledWorkJob>(j => j.ExecuteAsync(work.Id, CancellationToken.None), delay);
    }

    public string Deliver(long outboxId, TimeSpan? delay = null) => delay is { } wait && wait > TimeSpan.Zero
        ? jobs.Schedule<DeliverNotificationJob>(j => j.ExecuteAsync(outboxId, CancellationToken.None), wait)
        : jobs.Enqueue<DeliverNotificationJob>(j => j.ExecuteAsync(outboxId, CancellationToken.None));
}
