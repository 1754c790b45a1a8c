using System.Diagnostics;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// Makes Hangfire match the database, which is the truth. Every pending row due within the planning horizon
/// (<see cref="JobsOptions.PlanningHorizon"/>) gets exactly one live job: one is
/// planned only when the row has none, or its job is gone or finished. So a restart with empty Hangfire storage
/// loses nothing, and a restart with full storage adds nothing (unlike elsa-core #8156). A row that is due but
/// whose job still waits in Scheduled is enqueued now, which also covers clock differences between nodes.
/// </summary>
internal sealed class ReconcileJob(
    PcnFlowDbContext db, JobPlanner planner, JobStorage storage, IBackgroundJobClient jobs, IOptions<NotificationOptions> notifications, JobsOptions options,
    ReconcileProgress progress, TimeProvider time, ILogger<ReconcileJob> log)
{
    private static readonly HashSet<string> LiveStates = new(StringComparer.OrdinalIgnoreCase) { ScheduledState.StateName, EnqueuedState.StateName, ProcessingState.StateName, AwaitingState.StateName };

    /// <summary>The lock that keeps to one run at a time across every node, whether run by Hangfire, at start-up or directly.</summary>
    public const string LockName = "pcnflow:reconcile";

    [AutomaticRetry(Attempts = 0)]
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        // A run that finds another still going leaves the work to it and ends at once. Waiting (Hangfire's
        // DisableConcurrentExecution did, for up to two minutes) held a worker on a busy node and then failed anyway,
        // and the run under way, or the next minute's, plans whatever this one would have.
        using var exclusive = TryLock(connection);
        if (exclusive == null)
        {
            log.LogDebug("Reconcile skipped: another run holds {Lock}", LockName);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var planned = 0;
        var stoppedEarly = false;
        // Only the window Hangfire is meant to hold: a row due later needs no job yet, whatever job id it remembers, and
        // England's year of pending reminders is not read every minute.
        var horizon = planner.Horizon;
        var servers = new LiveServers(connection, storage);
        var pending = await db.ScheduledWork.AsNoTracking().Where(w => w.Status == ScheduledWorkStatus.Pending && w.DueAt <= horizon)
            .OrderBy(w => w.DueAt).ToListAsync(cancellationToken);
        // Rows never planned first (the reminders that have just come within the horizon): they need no look-up in
        // Hangfire, so a backlog of jobs to check cannot hold them back.
        foreach (var work in pending.Where(w => w.JobId == null))
        {
            if (await planner.ReplanAsync(work, null, cancellationToken))
                planned++;
        }
        foreach (var work in ReconcileProgress.FromWhereItStopped(pending.Where(w => w.JobId != null), w => w.Id, progress.AfterWorkId))
        {
            progress.AfterWorkId = work.Id;
            if (LiveState(connection, servers, work.JobId, typeof(ScheduledWorkJob), work.Id) is { } state)
            {
                if (WorkTiming.RunAt(work, notifications.Value.PrepareAhead) <= now && state == ScheduledState.StateName)
                    jobs.ChangeState(work.JobId, new EnqueuedState(), ScheduledState.StateName);
            }
            // The list was read at the start of the run; a job that finished since then has usually done its row's work.
            else if (await WorkStillWaitsAsync(work, cancellationToken) && await planner.ReplanAsync(work, work.JobId, cancellationToken))
            {
                planned++;
            }
            if (OverBudget(started))
            {
                stoppedEarly = true;
                break;
            }
        }
        if (!stoppedEarly)
            progress.AfterWorkId = 0;
        // A message left in Sending by a node that died mid-delivery goes back to Pending once its lease runs out.
        await NotificationDelivery.ReleaseClaimsAsync(db, m => m.NextAttemptAt < now, now, cancellationToken);
        var outbox = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.Id).Select(m => new DueMessage(m.Id, m.JobId)).ToListAsync(cancellationToken);
        var messagesStoppedEarly = false;
        foreach (var message in outbox.Where(m => m.JobId == null).Concat(
            ReconcileProgress.FromWhereItStopped(outbox.Where(m => m.JobId != null), m => m.Id, progress.AfterMessageId)))
        {
            if (message.JobId != null)
                progress.AfterMessageId = message.Id;
            if (LiveState(connection, servers, message.JobId, typeof(DeliverNotificationJob), message.Id) is { } state)
            {
                if (state == ScheduledState.StateName)
                    jobs.ChangeState(message.JobId, new EnqueuedState(), ScheduledState.StateName);
            }
            else if (await MessageStillWaitsAsync(message, cancellationToken) && await planner.ReplanDeliveryAsync(message.Id, message.JobId, cancellationToken))
            {
                planned++;
            }
            if (message.JobId != null && OverBudget(started))
            {
                messagesStoppedEarly = true;
                break;
            }
        }
        if (!messagesStoppedEarly)
            progress.AfterMessageId = 0;
        // What a run costs grows with the work due within the horizon; a slow one is worth seeing in the log.
        var elapsed = Stopwatch.GetElapsedTime(started);
        log.Log(planned > 0 || elapsed > SlowRun || stoppedEarly || messagesStoppedEarly ? LogLevel.Information : LogLevel.Debug,
            "Reconcile checked {Work} scheduled rows and {Messages} due messages in {Elapsed:0} ms and planned {Count} jobs that had no live Hangfire job{Rest}",
            pending.Count, outbox.Count, elapsed.TotalMilliseconds, planned, stoppedEarly || messagesStoppedEarly ? "; its time budget ran out, and the next run goes on from there" : "");
    }

    private sealed record DueMessage(long Id, string? JobId);

    private bool OverBudget(long started) => Stopwatch.GetElapsedTime(started) > options.ReconcileBudget;

    private Task<bool> WorkStillWaitsAsync(ScheduledWork work, CancellationToken ct) =>
        db.ScheduledWork.AnyAsync(w => w.Id == work.Id && w.Status == ScheduledWorkStatus.Pending && w.JobId == work.JobId, ct);

    private Task<bool> MessageStillWaitsAsync(DueMessage message, CancellationToken ct) =>
        db.Outbox.AnyAsync(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && m.JobId == message.JobId, ct);

    private static readonly TimeSpan SlowRun = TimeSpan.FromSeconds(20);

    private static IDisposable? TryLock(IStorageConnection connection)
    {
        try
        {
            return connection.AcquireDistributedLock(LockName, TimeSpan.Zero);
        }
        // Hangfire.InMemory throws Hangfire's own exception; Hangfire.PostgreSql throws its own type.
        catch (Exception ex) when (ex is DistributedLockTimeoutException or PostgreSqlDistributedLockException)
        {
            return null;
        }
    }

    /// <summary>
    /// The state of the job a row remembers, if that job is alive (see <see cref="LiveServers"/>) and really is this row's. A job id from an
    /// earlier process's storage may name nothing, or (with counter ids) some other job; neither counts.
    /// </summary>
    private static string? LiveState(IStorageConnection connection, LiveServers servers, string? jobId, Type jobType, long rowId)
    {
        if (jobId == null)
            return null;
        JobData? data;
        try
        {
            data = connection.GetJobData(jobId);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidCastException)
        {
            return null;
        }
        if (data?.Job is not { } job)
            return null;
        // A prepared reminder remembers the drain planned for its time, which sends every message then due.
        var drain = jobType == typeof(DeliverNotificationJob) && job.Type == typeof(OutboxDrainJob);
        if (!drain && (job.Type != jobType || job.Args.Count == 0 || !Equals(job.Args[0], rowId)))
            return null;
        if (data.State is not { } state || !LiveStates.Contains(state))
            return null;
        return state == ProcessingState.StateName && servers.IsProcessingOnADeadServer(jobId) ? null : state;
    }
}
