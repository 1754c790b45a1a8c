using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Delivers one outbox row. It claims the row first (Pending → Sending in one conditional UPDATE), so two
/// workers never both send it; a claim left by a crash expires, and the next drain or the reconcile job hands the row back.
/// Failures back off exponentially and end as Failed after <see cref="NotificationOptions.MaxAttempts"/>.
/// </summary>
/// <remarks>
/// The one gap exactly-once cannot close: a process killed after the SMTP server accepted a message and before
/// the row says Sent. SMTP has no way to ask whether a message arrived, so the released claim is sent again
/// (at least once beats at most once for a reminder), with the same Message-ID and X-PcnFlow-Key so the
/// receiver can drop the copy, and the row keeps <see cref="InterruptedMarker"/> in LastError to say so.
/// </remarks>
internal sealed class NotificationDelivery(
    PcnFlowDbContext db, MessageTransmitter transmitter, IOptions<NotificationOptions> options, TimeProvider time, ILogger<NotificationDelivery> log)
{
    public const string InterruptedMarker = "Delivery was interrupted";

    /// <summary>What a released claim records: the message may already have arrived once.</summary>
    public const string InterruptedError = InterruptedMarker + " (the process stopped mid-send); sent again with the same Message-ID";

    /// <summary>Returns the delay before the next attempt when delivery failed and should be retried.</summary>
    public async Task<TimeSpan?> DeliverAsync(long id, CancellationToken ct)
    {
        // Read before claiming: a read that fails after the claim (SQLite busy, say) would leave the row claimed, and
        // unsent, until its lease ran out.
        var message = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
            return null;
        var claimed = await ClaimAsync(id, time.GetUtcNow(), ct);
        if (claimed == 0)
            return null;
        return await SendClaimedAsync(message, ct);
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> messages that are due, with the same condition as a single delivery's
    /// claim, in one statement; returns those this caller now holds.
    /// </summary>
    public async Task<List<OutboxMessage>> ClaimDueAsync(int limit, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var ids = await DueIds(db, now, limit).ToListAsync(ct);
        if (ids.Count == 0)
            return [];
        var claimed = await OutboxBatchClaim.ClaimAsync(db, ids, now, now + options.Value.ClaimLease, ct);
        return claimed.Count == 0 ? [] : await db.Outbox.AsNoTracking().Where(m => claimed.Contains(m.Id)).ToListAsync(ct);
    }

    /// <summary>
    /// The next due messages, earliest first. Ordered by due time alone, so the (Status, NextAttemptAt) index gives
    /// them in order and the read stops after <paramref name="limit"/>: with a tie-break on Id as well, PostgreSQL
    /// read and sorted every due message for each batch (8 ms a batch with 10,000 reminders due at one instant).
    /// </summary>
    internal static IQueryable<long> DueIds(PcnFlowDbContext db, DateTimeOffset now, int limit) => db.Outbox.AsNoTracking()
        .Where(m => m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
        .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(limit);

    /// <summary>Sends a message this caller has claimed; returns the delay before the next attempt when it should be retried.</summary>
    public async Task<TimeSpan?> SendClaimedAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await transmitter.SendAsync(message, ct);
            await MarkSentAsync([message.Id], ct);
            return null;
        }
        // A timed-out request (HttpClient throws TaskCanceledException) is a failed attempt; only our own shutdown is not.
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return await RecordFailureAsync(message, ex, ct);
        }
    }

    /// <summary>Records messages the server has accepted, in one statement however many there are.</summary>
    public Task<int> MarkSentAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return db.Outbox.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LastError, m => m.LastError != null && m.LastError.StartsWith(InterruptedMarker) ? m.LastError : null).SetProperty(m => m.Revision, m => m.Revision + 1), ct);
    }

    /// <summary>Records a failed attempt: pending again after a back-off, or Failed after the last; returns the back-off.</summary>
    public async Task<TimeSpan?> RecordFailureAsync(OutboxMessage message, Exception ex, CancellationToken ct)
    {
        var attempts = message.Attempts + 1;
        var failed = attempts >= options.Value.MaxAttempts;
        var delay = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempts - 1)));
        log.LogWarning(ex, "Delivering outbox message {Id} failed (attempt {Attempt})", message.Id, attempts);
        await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, failed ? OutboxStatus.Failed : OutboxStatus.Pending)
            .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, ex.Message)
            .SetProperty(m => m.NextAttemptAt, time.GetUtcNow() + delay).SetProperty(m => m.Revision, m => m.Revision + 1), ct);
        return failed ? null : delay;
    }

    /// <summary>
    /// Hands back the claims whose lease has run out, so that this caller can send them: their holder died mid-send.
    /// </summary>
    public Task<int> ReleaseExpiredClaimsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return ReleaseClaimsAsync(db, m => m.NextAttemptAt < now, now, ct);
    }

    /// <summary>
    /// Hands claimed messages back for delivery, counting the cut-off attempt and recording that it may have
    /// arrived (see the remarks above).
    /// </summary>
    public static Task<int> ReleaseClaimsAsync(PcnFlowDbContext db, Expression<Func<OutboxMessage, bool>> which, DateTimeOffset now, CancellationToken ct) =>
        db.Outbox.Where(m => m.Status == OutboxStatus.Sending).Where(which)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, InterruptedError)
                .SetProperty(m => m.Revision, m => m.Revision + 1), ct);

    // Pending → Sending, only if still pending and due: of two claimers, one gets 1 and the other 0.
    private Task<int> ClaimAsync(long id, DateTimeOffset now, CancellationToken ct) => db.Outbox
        .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
        .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.NextAttemptAt, now + options.Value.ClaimLease).SetProperty(m => m.Revision, m => m.Revision + 1), ct);
}
