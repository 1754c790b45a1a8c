using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Scheduling;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// Makes Hangfire match the database, which is the truth. Every pending row gets exactly one live job: one is
/// planned only when the row has none, or its job is gone or finished. So a restart with empty Hangfire storage
/// loses nothing, and a restart with full storage adds nothing (unlike elsa-core #8156). A row that is due but
/// whose job still waits in Scheduled is enqueued now, which also covers clock differences between nodes.
/// </summary>
internal sealed class ReconcileJob(PcnFlowDbContext db, JobPlanner planner, JobStorage storage, IBackgroundJobClient jobs, TimeProvider time, ILogger<ReconcileJob> log)
{
    private static readonly HashSet<string> LiveStates = new(StringComparer.OrdinalIgnoreCase) { ScheduledState.StateName, EnqueuedState.StateName, ProcessingState.StateName, AwaitingState.StateName };

    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    [AutomaticRetry(Attempts = 0)]
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var connection = storage.GetConnection();
        var planned = 0;
        var pending = await db.ScheduledWork.AsNoTracking().Where(w => w.Status == ScheduledWorkStatus.Pending).OrderBy(w => w.DueAt).ToListAsync(cancellationToken);
        foreach (var work in pending)
        {
            var state = work.JobId == null ? null : connection.GetStateData(work.JobId)?.Name;
            if (state != null && LiveStates.Contains(state))
            {
                if (work.DueAt <= now && state == ScheduledState.StateName)
                    jobs.ChangeState(work.JobId, new EnqueuedState(), ScheduledState.StateName);
                continue;
            }
            var jobId = planner.Plan(work);
            // Not a tracked save: a job may finish this row meanwhile, which must not fail the whole reconcile.
            await db.ScheduledWork.Where(w => w.Id == work.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.JobId, jobId), cancellationToken);
            planned++;
        }
        await ReleaseExpiredClaimsAsync(now, cancellationToken);
        var outbox = await db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        foreach (var message in outbox)
        {
            var state = message.JobId == null ? null : connection.GetStateData(message.JobId)?.Name;
            if (state != null && LiveStates.Contains(state))
            {
                if (state == ScheduledState.StateName)
                    jobs.ChangeState(message.JobId, new EnqueuedState(), ScheduledState.StateName);
                continue;
            }
            var jobId = planner.Deliver(message.Id);
            await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.JobId, jobId), cancellationToken);
            planned++;
        }
        if (planned > 0)
            log.LogInformation("Reconcile planned {Count} jobs that had no live Hangfire job", planned);
    }

    // A message left in Sending by a node that died mid-delivery goes back to Pending once its lease runs out.
    private Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset now, CancellationToken ct) =>
        db.Outbox.Where(m => m.Status == OutboxStatus.Sending && m.NextAttemptAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.Revision, m => m.Revision + 1), ct);
}
