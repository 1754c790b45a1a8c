using Microsoft.Extensions.Options;
using PcnFlow.Server.Jobs;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Sends everything due in batches: claim a hundred, send them several at a time, repeat until none is left. The
/// claim is the same per-message conditional update a single delivery makes, so a drain running beside single
/// deliveries, or beside another node's drain, never sends a message twice.
/// </summary>
internal sealed class OutboxDrain(IServiceScopeFactory scopes, IOptions<NotificationOptions> options)
{
    private const int BatchSize = 100;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var sent = 0;
        while (true)
        {
            List<Persistence.Notifications.OutboxMessage> batch;
            await using (var scope = scopes.CreateAsyncScope())
                batch = await scope.ServiceProvider.GetRequiredService<NotificationDelivery>().ClaimDueAsync(BatchSize, ct);
            if (batch.Count == 0)
                return sent;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.DrainParallelism), CancellationToken = ct };
            await Parallel.ForEachAsync(batch, parallel, async (message, token) =>
            {
                // One scope per message: a DbContext serves one thread at a time.
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<NotificationDelivery>().SendClaimedAsync(message, token) is { } retryIn)
                    await scope.ServiceProvider.GetRequiredService<JobPlanner>().RetryDeliveryAsync(message.Id, retryIn, token);
            });
            sent += batch.Count;
        }
    }
}
