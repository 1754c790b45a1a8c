using Hangfire;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// Executes one scheduled-work row. The signature is persisted in Hangfire's storage: never change it while
/// jobs may be queued; add a new job instead.
/// </summary>
internal sealed class ScheduledWorkJob(ScheduledWorkRunner runner)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task ExecuteAsync(long scheduledWorkId, CancellationToken cancellationToken) => runner.RunAsync(scheduledWorkId, cancellationToken);
}
