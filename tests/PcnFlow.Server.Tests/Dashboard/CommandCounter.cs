using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PcnFlow.Server.Tests.Dashboard;

/// <summary>
/// Counts the SQL commands EF Core sends while <see cref="Counting"/> is set on the current async flow, so
/// background jobs running in the same app at the same moment are not counted.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<CommandCounter?> Active = new();
    private int _count;

    public int Count => _count;

    public IDisposable Counting()
    {
        Active.Value = this;
        return new Stop();
    }

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Hit();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Hit();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Hit();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Hit();
        return ValueTask.FromResult(result);
    }

    private void Hit()
    {
        if (Active.Value == this)
            Interlocked.Increment(ref _count);
    }

    private sealed class Stop : IDisposable
    {
        public void Dispose() => Active.Value = null;
    }
}
