using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Server.Database;
using PcnFlow.Server.Jobs;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Sends everything due: claims a hundred at a time, sends several at once, and claims the next hundred as the last
/// are taken, until none is left. The claim is the same per-message conditional update a single delivery makes, so
/// a drain running beside single deliveries, or beside another node's drain, never sends a message twice. Sending
/// needs no database; the "Sent" marks are written together (<see cref="SentMarks"/>).
/// </summary>
internal sealed class OutboxDrain(
    IServiceScopeFactory scopes, MessageTransmitter transmitter, SqliteWriteGate gate, IOptions<NotificationOptions> options, ILogger<OutboxDrain> log)
{
    private const int BatchSize = 100;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var marks = new SentMarks(scopes, log);
        var sent = 0;
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.DrainParallelism), CancellationToken = ct };
            await Parallel.ForEachAsync(ClaimDueAsync(ct), parallel, async (message, token) =>
            {
                if (await SendAsync(message, token))
                {
                    marks.Accepted(message.Id);
                    Interlocked.Increment(ref sent);
                }
            });
        }
        finally
        {
            await marks.CompleteAsync();
        }
        return sent;
    }

    // Parallel.ForEachAsync pulls from this one item at a time, so the next batch is claimed while the others still send.
    private async IAsyncEnumerable<OutboxMessage> ClaimDueAsync([EnumeratorCancellation] CancellationToken ct)
    {
        while (true)
        {
            List<OutboxMessage> batch;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var delivery = scope.ServiceProvider.GetRequiredService<NotificationDelivery>();
                batch = await gate.RunAsync(() => delivery.ClaimDueAsync(BatchSize, ct), ct);
            }
            if (batch.Count == 0)
                yield break;
            foreach (var message in batch)
                yield return message;
        }
    }

    private async Task<bool> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await transmitter.SendAsync(message, ct);
            return true;
        }
        // As for a single delivery: a failed attempt backs off, and only our own shutdown is not an attempt.
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<NotificationDelivery>().RecordFailureAsync(message, ex, ct) is { } retryIn)
                await scope.ServiceProvider.GetRequiredService<JobPlanner>().RetryDeliveryAsync(message.Id, retryIn, ct);
            return false;
        }
    }
}
