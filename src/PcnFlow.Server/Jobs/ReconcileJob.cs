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
        var pending = await db.ScheduledWork.Where(w => w.Status == ScheduledWorkStatus.Pending).OrderBy(w => w.DueAt).ToListAsync(cancellationToken);
        foreach (var work in pending)
        {
            var state = work.JobId == null ? null : connection.GetStateData(work.JobId)?.Name;
            if (state != null && LiveStates.Contains(state))
            {
                if (work.DueAt <= now && state == ScheduledState.StateName)
                    jobs.ChangeState(work.JobId, new EnqueuedState(), ScheduledState.StateName);
                continue;
            }
            work.JobId = planner.Plan(work);
            planned++;
        }
        await ReleaseExpiredClaimsAsync(now, cancellationToken);
        var outbox = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        foreach (var message in outbox)
        {
            var state = message.JobId == null ? null : connection.GetStateData(message.JobId)?.Name;
            if (state != null && LiveStates.Contains(state))
            {
                if (state == ScheduledState.StateName)
                    jobs.ChangeState(message.JobId, new EnqueuedState(), ScheduledState.StateName);
                continue;
            }
            message.JobId = planner.Deliver(message.Id);
            planned++;
        }
        await SaveSkippingConflictsAsync(cancellationToken);
        if (planned > 0)
            log.LogInformation("Reconcile planned {Count} jobs that had no live Hangfire job", planned);
    }

    // A row that another writer changed since it was read here (typically its first job claimed it between
    // the commit and the planner recording the job id) keeps that writer's version; the job planned for it
    // here finds nothing to do, and the next reconcile looks at the row afresh. The other rows still save.
    private async Task SaveSkippingConflictsAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateConcurrencyException ex)
            {
                foreach (var entry in ex.Entries)
                    entry.State = EntityState.Detached;
            }
        }
    }

    // A message left in Sending by a node that died mid-delivery goes back to Pending once its lease runs out.
    private Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset now, CancellationToken ct) =>
        db.Outbox.Where(m => m.Status == OutboxStatus.Sending && m.NextAttemptAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.Revision, m => m.Revision + 1), ct);
}
