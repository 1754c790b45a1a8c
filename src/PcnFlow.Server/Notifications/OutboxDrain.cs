using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Server.Database;
using PcnFlow.Server.Jobs;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Sends everything due: claims a hundred at a time, sends several at once, and claims the next hundred while the last
/// are handed out, until none is left. The claim is the same per-message conditional update a single delivery makes, so
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

    // The next batch is claimed while this one is handed out: Parallel.ForEachAsync pulls one item at a time under a
    // lock, so a claim made only when a batch ran out held every sender for its round trips. A drain stopped early
    // (shutdown) leaves its last claim unsent, as a crash would, and those messages go again when their lease ends.
    //
    // Before it ends, a drain takes back claims whose lease has run out and sends them too. Those were a dead node's:
    // when a node dies mid-drain, Hangfire hands the drain job to another node after its invisibility timeout (30 s),
    // by which time the dead drain's claims (20 s) have expired; left to the reconcile job, they waited up to another
    // minute for its next run.
    private async IAsyncEnumerable<OutboxMessage> ClaimDueAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var next = ClaimBatchAsync(ct);
        var releasedExpired = false;
        while (true)
        {
            var batch = await next;
            if (batch.Count == 0)
            {
                if (releasedExpired || await ReleaseExpiredClaimsAsync(ct) == 0)
                    yield break;
                releasedExpired = true;
                next = ClaimBatchAsync(ct);
                continue;
            }
            next = ClaimBatchAsync(ct);
            foreach (var message in batch)
                yield return message;
        }
    }

    private async Task<int> ReleaseExpiredClaimsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var delivery = scope.ServiceProvider.GetRequiredService<NotificationDelivery>();
        var released = await gate.RunAsync(() => delivery.ReleaseExpiredClaimsAsync(ct), ct);
        if (released > 0)
            log.LogWarning("Drain took back {Count} messages whose claim had expired (their sender stopped mid-send); they go again", released);
        return released;
    }

    private async Task<List<OutboxMessage>> ClaimBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var delivery = scope.ServiceProvider.GetRequiredService<NotificationDelivery>();
        return await gate.RunAsync(() => delivery.ClaimDueAsync(BatchSize, ct), ct);
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
