using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Claims a batch of outbox rows in one statement: <c>UPDATE … WHERE Id IN (…) AND still pending and due RETURNING
/// Id</c>. The condition is the one a single delivery's claim has, so of two claimers each row goes to one; and
/// RETURNING says which rows this statement took. A hundred single-row updates took a round trip each, which on
/// PostgreSQL was as long as sending the messages. SQLite (3.35 and later) and PostgreSQL both have RETURNING, and
/// EF's ExecuteUpdate does not return rows, hence SQL here; the names and stored values come from EF's model.
/// </summary>
internal static class OutboxBatchClaim
{
    public static async Task<List<long>> ClaimAsync(PcnFlowDbContext db, IReadOnlyList<long> ids, DateTimeOffset now, DateTimeOffset leaseEnds, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(OutboxMessage)) ?? throw new InvalidOperationException("The outbox is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var id = Column(entity, table, nameof(OutboxMessage.Id));
        var status = Column(entity, table, nameof(OutboxMessage.Status));
        var next = Column(entity, table, nameof(OutboxMessage.NextAttemptAt));
        var revision = Column(entity, table, nameof(OutboxMessage.Revision));

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var sql = new StringBuilder($"UPDATE {TableName(table)} SET {status} = @sending, {next} = @lease, {revision} = {revision} + 1 WHERE {id} IN (");
            for (var i = 0; i < ids.Count; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append("@id").Append(i);
                Add(command, $"id{i}", ids[i]);
            }
            sql.Append($") AND {status} = @pending AND ({next} IS NULL OR {next} <= @now) RETURNING {id}");
            command.CommandText = sql.ToString();
            Add(command, "sending", Stored(entity, nameof(OutboxMessage.Status), OutboxStatus.Sending));
            Add(command, "pending", Stored(entity, nameof(OutboxMessage.Status), OutboxStatus.Pending));
            Add(command, "lease", Stored(entity, nameof(OutboxMessage.NextAttemptAt), leaseEnds));
            Add(command, "now", Stored(entity, nameof(OutboxMessage.NextAttemptAt), now));

            var claimed = new List<long>(ids.Count);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                claimed.Add(reader.GetInt64(0));
            return claimed;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Column(IEntityType entity, StoreObjectIdentifier table, string property) =>
        Quote(entity.FindProperty(property)!.GetColumnName(table) ?? property);

    private static string TableName(StoreObjectIdentifier table) =>
        table.Schema is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    // As EF stores it: the status as its name, a time as UTC ticks on SQLite or as a UTC timestamptz on PostgreSQL.
    private static object Stored(IEntityType entity, string property, object value) =>
        entity.FindProperty(property)!.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value)! : value;

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
