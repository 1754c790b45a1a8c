using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Sends through the configured SMTP server, keeping a few connections open between messages: a burst of
/// reminders then costs one NOOP each instead of a connect, greeting, STARTTLS, login and QUIT.
/// </summary>
/// <remarks>
/// A kept connection is checked with NOOP before it is used, and dropped when that fails or it has been idle
/// for <see cref="IdleLimit"/> (servers close idle sessions), so a message is only ever sent once, on a connection
/// known to be alive just before. One that finished a message within <see cref="FreshFor"/> is used without the
/// NOOP: servers wait minutes before closing an idle session (RFC 5321 §4.5.3.2), and in a drain of thousands the
/// NOOP was a third of each message's round trips. A connection that fails while sending is never reused.
/// </remarks>
internal sealed class SmtpMailTransport(IOptions<NotificationOptions> options, TimeProvider time) : IMailTransport, IAsyncDisposable
{
    private static readonly TimeSpan IdleLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(2);

    private readonly ConcurrentQueue<(SmtpClient Client, DateTimeOffset Since)> _idle = new();

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var client = await TakeIdleAsync(ct) ?? await ConnectAsync(ct);
        try
        {
            await client.SendAsync(message, ct);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        // As many as a drain sends at once, so a drain never closes a connection only to open another.
        if (_idle.Count < Math.Max(8, options.Value.DrainParallelism))
            _idle.Enqueue((client, time.GetUtcNow()));
        else
            await CloseAsync(client);
    }

    private async Task<SmtpClient?> TakeIdleAsync(CancellationToken ct)
    {
        while (_idle.TryDequeue(out var idle))
        {
            var idleFor = time.GetUtcNow() - idle.Since;
            if (idle.Client.IsConnected && idleFor < FreshFor)
                return idle.Client;
            if (idle.Client.IsConnected && idleFor < IdleLimit)
            {
                try
                {
                    await idle.Client.NoOpAsync(ct);
                    return idle.Client;
                }
                catch (Exception)
                {
                    // The server closed it meanwhile (try the next, or connect afresh), or we are stopping.
                    idle.Client.Dispose();
                    ct.ThrowIfCancellationRequested();
                    continue;
                }
            }
            idle.Client.Dispose();
        }
        return null;
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken ct)
    {
        var o = options.Value;
        // Well inside the claim lease, so a slow server never lets a second worker send the same message meanwhile.
        var client = new SmtpClient { Timeout = (int)Math.Min(120_000, o.ClaimLease.TotalMilliseconds / 2) };
        try
        {
            await client.ConnectAsync(o.SmtpHost ?? "localhost", o.SmtpPort, o.SmtpStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(o.SmtpUser))
                await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task CloseAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true);
        }
        catch (Exception)
        {
            // Closing politely is a courtesy; the socket goes either way.
        }
        client.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryDequeue(out var idle))
            await CloseAsync(idle.Client);
    }
}
