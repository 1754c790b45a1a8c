using Hangfire;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// Executes one scheduled-work row. The signature is persisted in Hangfire's storage: never change it while
/// jobs may be queued; add a new job instead.
/// </summary>
internal sealed class ScheduledWorkJob(ScheduledWorkRunner runner)
{
    // The lock is per row: the runner is safe to run twice at once (the row's revision lets one commit win),
    // but there is no point in doing the work twice, and one lock for every row would queue all 09:00 reminders behind each other.
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution("pcnflow:scheduled-work:{0}", 60)]
    public Task ExecuteAsync(long scheduledWorkId, CancellationToken cancellationToken) => runner.RunAsync(scheduledWorkId, cancellationToken);
}
