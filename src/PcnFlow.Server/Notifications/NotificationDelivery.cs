using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Delivers one outbox row. It claims the row first (Pending → Sending in one conditional UPDATE), so two
/// workers never both send it; a claim left by a crash expires and the reconcile job hands the row back.
/// Failures back off exponentially and end as Failed after <see cref="NotificationOptions.MaxAttempts"/>.
/// </summary>
/// <remarks>
/// The one gap exactly-once cannot close: a process killed after the SMTP server accepted a message and before
/// the row says Sent. SMTP has no way to ask whether a message arrived, so the released claim is sent again
/// (at least once beats at most once for a reminder), with the same Message-ID and X-PcnFlow-Key so the
/// receiver can drop the copy, and the row keeps <see cref="InterruptedMarker"/> in LastError to say so.
/// </remarks>
internal sealed class NotificationDelivery(
    PcnFlowDbContext db, IMailTransport mail, IHttpClientFactory http, IOptions<NotificationOptions> options, TimeProvider time, ILogger<NotificationDelivery> log)
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
    /// Claims up to <paramref name="limit"/> messages that are due, each with the same conditional update as a single
    /// delivery, all in one transaction; returns those this caller now holds.
    /// </summary>
    public async Task<List<OutboxMessage>> ClaimDueAsync(int limit, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var ids = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id).Take(limit).ToListAsync(ct);
        if (ids.Count == 0)
            return [];
        var claimed = new List<long>(ids.Count);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var id in ids)
            {
                if (await ClaimAsync(id, now, ct) == 1)
                    claimed.Add(id);
            }
            await transaction.CommitAsync(ct);
        }
        return claimed.Count == 0 ? [] : await db.Outbox.AsNoTracking().Where(m => claimed.Contains(m.Id)).ToListAsync(ct);
    }

    /// <summary>Sends a message this caller has claimed; returns the delay before the next attempt when it should be retried.</summary>
    public async Task<TimeSpan?> SendClaimedAsync(OutboxMessage message, CancellationToken ct)
    {
        var id = message.Id;
        try
        {
            if (message.Channel == OutboxChannel.Webhook)
                await PostWebhookAsync(message, ct);
            else
                await mail.SendAsync(ToMime(message), ct);
            await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, time.GetUtcNow())
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, m => m.LastError != null && m.LastError.StartsWith(InterruptedMarker) ? m.LastError : null).SetProperty(m => m.Revision, m => m.Revision + 1), ct);
            return null;
        }
        // A timed-out request (HttpClient throws TaskCanceledException) is a failed attempt; only our own shutdown is not.
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            var failed = attempts >= options.Value.MaxAttempts;
            var delay = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempts - 1)));
            log.LogWarning(ex, "Delivering outbox message {Id} failed (attempt {Attempt})", id, attempts);
            await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, failed ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, ex.Message)
                .SetProperty(m => m.NextAttemptAt, time.GetUtcNow() + delay).SetProperty(m => m.Revision, m => m.Revision + 1), ct);
            return failed ? null : delay;
        }
    }

    // Pending → Sending, only if still pending and due: of two claimers, one gets 1 and the other 0.
    private Task<int> ClaimAsync(long id, DateTimeOffset now, CancellationToken ct) => db.Outbox
        .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
        .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.NextAttemptAt, now + options.Value.ClaimLease).SetProperty(m => m.Revision, m => m.Revision + 1), ct);

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"outbox-{message.Id}@pcnflow" };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Headers.Add(KeyHeader(message.Key));
        var body = new BodyBuilder { TextBody = message.BodyText, HtmlBody = message.BodyHtml };
        if (message.CalendarIcs != null)
        {
            var calendar = new ContentType("text", "calendar") { Charset = "utf-8" };
            calendar.Parameters.Add("method", "PUBLISH");
            body.Attachments.Add("invite.ics", Encoding.UTF8.GetBytes(message.CalendarIcs), calendar);
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }

    // MimeKit cannot fold a long word such as our key, so it would RFC 2047-encode it ("=?utf-8?q?opened=3A..."), and
    // a receiver matching on the key would no longer find it. Plain ASCII keys go in as written (lines may be 998 long).
    private static Header KeyHeader(string key)
    {
        var header = new Header("X-PcnFlow-Key", key);
        if (key.Length < 900 && key.All(c => c is > ' ' and < (char)127))
            header.SetRawValue(Encoding.ASCII.GetBytes($" {key}\r\n"));
        return header;
    }

    private async Task PostWebhookAsync(OutboxMessage message, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(message.To))
        {
            Content = new StringContent(message.BodyText, Encoding.UTF8, "application/json"),
        };
        // The same key as on emails, so a receiver that sees a retry of a post it already took can drop it.
        request.Headers.Add("X-PcnFlow-Key", message.Key);
        using var response = await http.CreateClient("webhooks").SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }
}
