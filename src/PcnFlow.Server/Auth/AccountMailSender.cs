using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Auth;

/// <summary>
/// Sends Identity's account emails (password reset codes, email confirmation links) straight through the mail
/// transport. People are added by admins without a password they know, so a reset code is how they first sign in.
/// These skip the outbox: they are wanted now, and a failure must not tell the caller whether the account exists.
/// </summary>
internal sealed class AccountMailSender(IMailTransport transport, IOptions<NotificationOptions> options, ILogger<AccountMailSender> logger)
    : IEmailSender<PcnFlowUser>
{
    public Task SendConfirmationLinkAsync(PcnFlowUser user, string email, string confirmationLink) =>
        SendAsync(user, email, "Confirm your PcnFlow email address",
            $"Open this link to confirm your email address:\n\n{confirmationLink}\n",
            $"<p>Open this link to confirm your email address:</p><p><a href=\"{WebUtility.HtmlEncode(confirmationLink)}\">Confirm my email address</a></p>");

    public Task SendPasswordResetLinkAsync(PcnFlowUser user, string email, string resetLink) =>
        SendAsync(user, email, "Set your PcnFlow password",
            $"Open this link to set your password:\n\n{resetLink}\n",
            $"<p>Open this link to set your password:</p><p><a href=\"{WebUtility.HtmlEncode(resetLink)}\">Set my password</a></p>");

    public Task SendPasswordResetCodeAsync(PcnFlowUser user, string email, string resetCode)
    {
        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/reset-password?email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(resetCode)}";
        return SendAsync(user, email, "Set your PcnFlow password",
            $"Your password reset code is:\n\n{resetCode}\n\nOr open {link}\n\nIf you did not ask for this, ignore this email.\n",
            $"<p>Your password reset code is:</p><pre>{WebUtility.HtmlEncode(resetCode)}</pre><p>Or <a href=\"{WebUtility.HtmlEncode(link)}\">set your password here</a>.</p>"
            + "<p>If you did not ask for this, ignore this email.</p>");
    }

    private async Task SendAsync(PcnFlowUser user, string email, string subject, string text, string html)
    {
        var message = new MimeMessage { Subject = subject, MessageId = $"account-{Guid.NewGuid():N}@pcnflow" };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(new MailboxAddress(user.DisplayName, email));
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        try
        {
            await transport.SendAsync(message, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not send the account email '{Subject}' to user {UserId}.", subject, user.Id);
        }
    }
}
