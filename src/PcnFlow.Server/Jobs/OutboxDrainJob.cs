using Hangfire;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Jobs;

/// <summary>Sends every message due by now; planned for the instant prepared reminders fall due. Its signature is persisted in Hangfire's storage, so never change it.</summary>
internal sealed class OutboxDrainJob(OutboxDrain drain, TimeProvider time, ILogger<OutboxDrainJob> log)
{
    /// <summary>How far ahead of its instant the job is planned; it then waits for the instant. Longer than Hangfire's one-second look for scheduled jobs.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromSeconds(2);

    // A drain that fails leaves its messages pending, and the reconcile job plans them one by one.
    [AutomaticRetry(Attempts = 0)]
    public async Task ExecuteAsync(DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        // Only the lead is waited for: a job picked up later than planned (a restart, a busy node) drains at once.
        var early = dueAt - time.GetUtcNow();
        if (early > TimeSpan.Zero && early <= Lead)
            await Task.Delay(early, time, cancellationToken);
        var sent = await drain.RunAsync(cancellationToken);
        log.LogInformation("Drain for {DueAt:O}: started {Early} ahead of it, sent {Sent}", dueAt, early, sent);
    }
}
