using MimeKit;

namespace PcnFlow.Server.Notifications;

/// <summary>Where email goes: an SMTP server, or .eml files when none is configured.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
