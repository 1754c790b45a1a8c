using Hangfire;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Jobs;

/// <summary>Sends every message due by now; planned for the instant prepared reminders fall due. Its signature is persisted in Hangfire's storage, so never change it.</summary>
internal sealed class OutboxDrainJob(OutboxDrain drain, IBackgroundJobClient jobs, TimeProvider time, ILogger<OutboxDrainJob> log)
{
    /// <summary>How far ahead of its instant the job is planned; it then waits for the instant. Longer than Hangfire's one-second look for scheduled jobs.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest the job waits for its instant. Hangfire keeps a scheduled job's time in whole seconds, so a job is
    /// picked up as much as a second before it was planned, more than <see cref="Lead"/> ahead; started then and not
    /// waiting, it found nothing due and left the whole instant to the reconcile job, a minute later.
    /// </summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    // A drain that fails leaves its messages pending, and the reconcile job plans them one by one.
    [AutomaticRetry(Attempts = 0)]
    public async Task ExecuteAsync(DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        // A job picked up later than planned (a restart, a busy node) drains at once.
        var early = dueAt - time.GetUtcNow();
        if (early > LongestWait)
        {
            // Only a clock set back gets here; a worker is not held for it, and the drain is planned again.
            jobs.Schedule<OutboxDrainJob>(j => j.ExecuteAsync(dueAt, CancellationToken.None), early - Lead);
            log.LogInformation("Drain for {DueAt:O}: started {Early} ahead of it, planned again", dueAt, early);
            return;
        }
        if (early > TimeSpan.Zero)
            await Task.Delay(early, time, cancellationToken);
        var sent = await drain.RunAsync(cancellationToken);
        log.LogInformation("Drain for {DueAt:O}: started {Early} ahead of it, sent {Sent}", dueAt, early, sent);
    }
}
