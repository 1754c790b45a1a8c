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
internal sealed class JobPlanner(IBackgroundJobClient jobs, PcnFlowDbContext db, TimeProvider time)
{
    public async Task PlanAsync(IEnumerable<ScheduledWork> work, IEnumerable<OutboxMessage> messages, CancellationToken ct)
    {
        foreach (var item in work.Where(w => w.Status == ScheduledWorkStatus.Pending).ToList())
        {
            var jobId = Plan(item);
            await db.ScheduledWork.Where(w => w.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.JobId, jobId), ct);
        }
        foreach (var message in messages.Where(m => m.Status == OutboxStatus.Pending).ToList())
        {
            var jobId = Deliver(message.Id);
            await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.JobId, jobId), ct);
        }
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
