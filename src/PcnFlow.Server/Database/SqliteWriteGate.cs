namespace PcnFlow.Server.Database;

/// <summary>
/// Lets one unit of work at a time commit to the SQLite file. SQLite has one writer at a time anyway, but a writer
/// that finds the file locked waits in SQLite's busy handler, which sleeps in steps of up to 100 ms, and in some WAL
/// cases is handed back to Microsoft.Data.Sqlite, which sleeps 150 ms. Under 50 people completing tasks at once those
/// sleeps were the slowest completions; queueing in process costs only the other commits' own time. PostgreSQL locks
/// rows, so it gets no gate.
/// </summary>
internal sealed class SqliteWriteGate(DatabaseOptions options)
{
    private readonly SemaphoreSlim? _gate = options.Provider == DatabaseProvider.PostgreSql ? null : new SemaphoreSlim(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken ct)
    {
        if (_gate == null)
            return await write();
        await _gate.WaitAsync(ct);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task RunAsync(Func<Task> write, CancellationToken ct) => RunAsync(async () => { await write(); return true; }, ct);
}
