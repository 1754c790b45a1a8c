using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>Reads the server's database directly (plain SQL), to compare it with what the SMTP server received.</summary>
public sealed class DatabaseProbe(Func<DbConnection> connect)
{
    public static DatabaseProbe Postgres(string connectionString) => new(() => new NpgsqlConnection(connectionString));

    // Pooling off: the server process is killed and restarted on this file; the test holds no connection in between.
    public static DatabaseProbe Sqlite(string path) =>
        new(() => new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ToString()));

    public async Task<List<object?[]>> RowsAsync(string sql)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public async Task<long> CountAsync(string sql) => Convert.ToInt64((await RowsAsync(sql))[0][0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Email outbox rows: id, key, status, attempts, last error.</summary>
    public async Task<List<OutboxRow>> EmailOutboxAsync() =>
        [.. (await RowsAsync("""SELECT "Id", "Key", "Status", "Attempts", "LastError" FROM "Outbox" WHERE "Channel" = 'Email'"""))
            .Select(r => new OutboxRow(Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture), (string)r[1]!, (string)r[2]!, Convert.ToInt32(r[3], System.Globalization.CultureInfo.InvariantCulture), (string?)r[4]))];

    /// <summary>Reminder rows of one definition's instances: key and status.</summary>
    public async Task<List<(string Key, string Status)>> RemindersAsync(string definitionId) =>
        [.. (await RowsAsync($"""
            SELECT w."Key", w."Status" FROM "ScheduledWork" w JOIN "WorkflowInstances" i ON i."Id" = w."InstanceId"
            WHERE w."Kind" = 'Reminder' AND i."DefinitionId" = '{definitionId}'
            """)).Select(r => ((string)r[0]!, (string)r[1]!))];

    /// <summary>Scheduled work still pending whose due time has passed on the server's clock.</summary>
    public Task<long> PendingWorkAsync(string definitionId) => CountAsync($"""
        SELECT COUNT(*) FROM "ScheduledWork" w JOIN "WorkflowInstances" i ON i."Id" = w."InstanceId"
        WHERE w."Status" = 'Pending' AND i."DefinitionId" = '{definitionId}' AND w."Kind" <> 'Escalation'
        """);
}
