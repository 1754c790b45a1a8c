using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using PcnFlow.Persistence.Notifications;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Puts one outbox message on the wire: an e-mail through the mail transport, or a webhook post. It touches no
/// database, so a drain can send many at once without a scope, or a DbContext, for each.
/// </summary>
internal sealed class MessageTransmitter(IMailTransport mail, IHttpClientFactory http, IOptions<NotificationOptions> options)
{
    public Task SendAsync(OutboxMessage message, CancellationToken ct) =>
        message.Channel == OutboxChannel.Webhook ? PostWebhookAsync(message, ct) : mail.SendAsync(ToMime(message), ct);

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
