using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PcnFlow.Server.Notifications;

internal sealed class SmtpMailTransport(IOptions<NotificationOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        // Well inside the claim lease, so a slow server never lets a second worker send the same message meanwhile.
        using var client = new SmtpClient { Timeout = (int)Math.Min(120_000, o.ClaimLease.TotalMilliseconds / 2) };
        await client.ConnectAsync(o.SmtpHost ?? "localhost", o.SmtpPort, o.SmtpStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(o.SmtpUser))
            await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
