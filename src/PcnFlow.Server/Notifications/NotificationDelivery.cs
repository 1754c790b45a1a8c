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
internal sealed class NotificationDelivery(
    PcnFlowDbContext db, IMailTransport mail, IHttpClientFactory http, IOptions<NotificationOptions> options, TimeProvider time, ILogger<NotificationDelivery> log)
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    /// <summary>Returns the delay before the next attempt when delivery failed and should be retried.</summary>
    public async Task<TimeSpan?> DeliverAsync(long id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var claimed = await db.Outbox
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.NextAttemptAt, now + ClaimLease).SetProperty(m => m.Revision, m => m.Revision + 1), ct);
        if (claimed == 0)
            return null;
        var message = await db.Outbox.AsNoTracking().FirstAsync(m => m.Id == id, ct);
        try
        {
            if (message.Channel == OutboxChannel.Webhook)
                await PostWebhookAsync(message, ct);
            else
                await mail.SendAsync(ToMime(message), ct);
            await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, time.GetUtcNow())
                .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, (string?)null).SetProperty(m => m.Revision, m => m.Revision + 1), ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
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

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"outbox-{message.Id}@pcnflow" };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Headers.Add("X-PcnFlow-Key", message.Key);
        var body = new BodyBuilder { TextBody = message.BodyText, HtmlBody = message.BodyHtml };
        if (message.CalendarIcs != null)
            body.Attachments.Add("invite.ics", Encoding.UTF8.GetBytes(message.CalendarIcs), new ContentType("text", "calendar"));
        mime.Body = body.ToMessageBody();
        return mime;
    }

    private async Task PostWebhookAsync(OutboxMessage message, CancellationToken ct)
    {
        using var content = new StringContent(message.BodyText, Encoding.UTF8, "application/json");
        using var response = await http.CreateClient("webhooks").PostAsync(new Uri(message.To), content, ct);
        response.EnsureSuccessStatusCode();
    }
}
