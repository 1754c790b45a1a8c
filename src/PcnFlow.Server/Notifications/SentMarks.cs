using System.Threading.Channels;
using PcnFlow.Server.Database;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Group commit for a drain's "Sent" marks: senders hand over the id of each message the server accepted and go on
/// to the next, and one writer records everything handed over since its last write in one statement. Eight senders
/// each writing their own mark spent their time waiting for one another (SQLite has one writer; PostgreSQL one
/// commit per mark). A mark waits only for the write before it, so the window in which a crash would send a
/// message twice stays that of one write.
/// </summary>
internal sealed class SentMarks
{
    private const int MaxPerWrite = 1000;
    private const int Attempts = 5;

    private readonly Channel<long> _accepted = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _log;
    private readonly Task _writer;

    public SentMarks(IServiceScopeFactory scopes, ILogger log)
    {
        _scopes = scopes;
        _log = log;
        // Not the drain's token: marks for messages already accepted are written even while the drain is stopped.
        _writer = Task.Run(WriteAllAsync);
    }

    public void Accepted(long id) => _accepted.Writer.TryWrite(id);

    /// <summary>Waits until every mark handed over has been written.</summary>
    public Task CompleteAsync()
    {
        _accepted.Writer.TryComplete();
        return _writer;
    }

    private async Task WriteAllAsync()
    {
        var reader = _accepted.Reader;
        var ids = new List<long>();
        while (await reader.WaitToReadAsync())
        {
            ids.Clear();
            while (ids.Count < MaxPerWrite && reader.TryRead(out var id))
                ids.Add(id);
            await WriteAsync(ids);
        }
    }

    private async Task WriteAsync(List<long> ids)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var delivery = scope.ServiceProvider.GetRequiredService<NotificationDelivery>();
                await scope.ServiceProvider.GetRequiredService<SqliteWriteGate>().RunAsync(() => delivery.MarkSentAsync(ids, CancellationToken.None), CancellationToken.None);
                return;
            }
            catch (Exception ex) when (attempt < Attempts)
            {
                _log.LogWarning(ex, "Recording {Count} sent messages failed (attempt {Attempt}); trying again", ids.Count, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
            catch (Exception ex)
            {
                // The rows stay Sending; when their lease runs out the reconcile job sends them again, marked as interrupted.
                _log.LogError(ex, "Recording {Count} sent messages failed; they will be sent again after their lease", ids.Count);
                return;
            }
        }
    }
}
