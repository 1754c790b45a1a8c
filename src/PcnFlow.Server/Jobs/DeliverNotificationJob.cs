using Hangfire;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Jobs;

/// <summary>Delivers one outbox message; its signature is persisted in Hangfire's storage, so never change it.</summary>
internal sealed class DeliverNotificationJob(NotificationDelivery delivery, JobPlanner planner)
{
    // Retries are ours (recorded on the row, with back-off), not Hangfire's.
    [AutomaticRetry(Attempts = 0)]
    public async Task ExecuteAsync(long outboxId, CancellationToken cancellationToken)
    {
        if (await delivery.DeliverAsync(outboxId, cancellationToken) is { } retryIn)
            await planner.RetryDeliveryAsync(outboxId, retryIn, cancellationToken);
    }
}
