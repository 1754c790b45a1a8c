using Hangfire;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// Executes one scheduled-work row. The signature is persisted in Hangfire's storage: never change it while
/// jobs may be queued; add a new job instead.
/// </summary>
internal sealed class ScheduledWorkJob(ScheduledWorkRunner runner)
{
    // No distributed lock: the runner is safe to run twice at once (the row's revision lets one commit win), and a
    // lock held by a node killed mid-job would block its row on every other node until the lock expired.
    [AutomaticRetry(Attempts = 3)]
    public Task ExecuteAsync(long scheduledWorkId, CancellationToken cancellationToken) => runner.RunAsync(scheduledWorkId, cancellationToken);
}
