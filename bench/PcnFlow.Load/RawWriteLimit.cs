using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PcnFlow.Load;

/// <summary>
/// The ceiling a task completion is held against: the same number of concurrent writers, each committing one
/// transaction of one insert (a journal line) plus one update (the task row's state and revision), straight through
/// Microsoft.Data.Sqlite or Npgsql, with no HTTP, engine or ORM. SQLite gets the server's own pragmas.
/// </summary>
public static class RawWriteLimit
{
    private const int Rows = 10_000;

    public static async Task<double> SqliteAsync(string path, int writers, TimeSpan duration) =>
        await MeasureAsync(writers, duration, await SqliteWriterAsync(path));

    public static async Task<double> PostgresAsync(string connection, int writers, TimeSpan duration) =>
        await MeasureAsync(writers, duration, await PostgresWriterAsync(connection));

    /// <summary>Creates the two tables in a new SQLite file and returns the write: one transaction, insert plus update.</summary>
    public static async Task<Func<int, long, Task>> SqliteWriterAsync(string path)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();
        await using (var setup = await OpenSqliteAsync(connection))
            await ExecuteAsync(setup, Schema + SqliteSeed);
        return async (writer, n) =>
        {
            await using var db = await OpenSqliteAsync(connection);
            await using var transaction = (SqliteTransaction)await db.BeginTransactionAsync();
            await InsertAndUpdateAsync(db, transaction, writer, n);
            await transaction.CommitAsync();
        };
    }

    /// <summary>Creates the two tables in an empty PostgreSQL database and returns the same write.</summary>
    public static async Task<Func<int, long, Task>> PostgresWriterAsync(string connection)
    {
        await using (var setup = new NpgsqlConnection(connection))
        {
            await setup.OpenAsync();
            await ExecuteAsync(setup, Schema.Replace("INTEGER PRIMARY KEY", "BIGSERIAL PRIMARY KEY", StringComparison.Ordinal)
                + "INSERT INTO task_rows (id, state, revision) SELECT g, 'Open', 1 FROM generate_series(1, 10000) g;");
        }
        return async (writer, n) =>
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var transaction = await db.BeginTransactionAsync();
            await InsertAndUpdateAsync(db, transaction, writer, n);
            await transaction.CommitAsync();
        };
    }

    private const string Schema =
        "CREATE TABLE journal (id INTEGER PRIMARY KEY, task_id INTEGER NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL);" +
        "CREATE TABLE task_rows (id INTEGER PRIMARY KEY, state TEXT NOT NULL, revision INTEGER NOT NULL, data TEXT);";

    // SQLite has no generate_series without an extension; a recursive CTE does the same.
    private const string SqliteSeed =
        "WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 10000) INSERT INTO task_rows (id, state, revision) SELECT value, 'Open', 1 FROM n;";

    private static async Task InsertAndUpdateAsync(System.Data.Common.DbConnection db, System.Data.Common.DbTransaction transaction, int writer, long n)
    {
        var task = (writer * 7919 + n) % Rows + 1;
        await using var insert = db.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO journal (task_id, kind, at, data) VALUES (@task, 'TaskCompleted', @at, @data)";
        Add(insert, "@task", task);
        Add(insert, "@at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Add(insert, "@data", "{\"outcome\":\"Done\",\"fields\":{\"answer\":\"Load test answer\"}}");
        await insert.ExecuteNonQueryAsync();
        await using var update = db.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE task_rows SET state = 'Completed', revision = revision + 1, data = @data WHERE id = @task";
        Add(update, "@task", task);
        Add(update, "@data", "{\"answer\":\"Load test answer\"}");
        await update.ExecuteNonQueryAsync();
    }

    private static async Task<double> MeasureAsync(int writers, TimeSpan duration, Func<int, long, Task> write)
    {
        long total = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (long n = 0; Stopwatch.GetElapsedTime(started) < duration; n++)
            {
                await write(writer, n);
                Interlocked.Increment(ref total);
            }
        })));
        return total / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<SqliteConnection> OpenSqliteAsync(string connection)
    {
        var db = new SqliteConnection(connection);
        await db.OpenAsync();
        await ExecuteAsync(db, DatabaseTarget.SqlitePragmas);
        return db;
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
