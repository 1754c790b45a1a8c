using Hangfire;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Jobs;

/// <summary>Sends every message due by now; planned for the instant prepared reminders fall due. Its signature is persisted in Hangfire's storage, so never change it.</summary>
internal sealed class OutboxDrainJob(OutboxDrain drain)
{
    // A drain that fails leaves its messages pending, and the reconcile job plans them one by one.
    [AutomaticRetry(Attempts = 0)]
    public Task ExecuteAsync(DateTimeOffset dueAt, CancellationToken cancellationToken) => drain.RunAsync(cancellationToken);
}
