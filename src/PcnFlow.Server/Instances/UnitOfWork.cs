using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PcnFlow.Server.Database;
using PcnFlow.Server.Jobs;

namespace PcnFlow.Server.Instances;

/// <summary>
/// Runs an operation in a fresh <see cref="InstanceSession"/> and commits it; if another writer got there
/// first (a revision or unique-key clash, or a busy SQLite file) it starts again from fresh state, so the
/// operation sees what the other writer did. Jobs are planned only after the commit.
/// </summary>
internal sealed class UnitOfWork(IServiceScopeFactory scopes, SqliteWriteGate gate, ILogger<UnitOfWork> log)
{
    private const int MaxAttempts = 6;

    public async Task<T> RunAsync<T>(string actor, Func<InstanceSession, CancellationToken, Task<T>> operation, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<InstanceSession>();
            session.Actor = actor;
            try
            {
                var result = await operation(session, ct);
                // Outside the gate: it reads recipients and composes messages, which need not hold up other commits.
                await session.WriteOpeningNoticesAsync(ct);
                await gate.RunAsync(() => session.SaveAsync(ct), ct);
                var planner = scope.ServiceProvider.GetRequiredService<JobPlanner>();
                await gate.RunAsync(() => planner.PlanAsync(session.NewWork, session.NewOutbox, ct), ct);
                return result;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && IsRetryable(ex))
            {
                log.LogInformation("Another writer changed the same rows; retrying (attempt {Attempt}): {Reason}", attempt, ex.InnerException?.Message ?? ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25 * attempt)), ct);
            }
        }
    }

    public static bool IsRetryable(DbUpdateException ex) => ex is DbUpdateConcurrencyException || ex.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 || sqlite.SqliteExtendedErrorCode == 2067,
        PostgresException pg => pg.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        _ => false,
    };
}
