using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// A fingerprint of every row of every table the app's model maps, on SQLite or PostgreSQL alike, to show that a
/// refused request changed nothing: compare one taken before with one taken after.
/// </summary>
public sealed class DatabaseSnapshot
{
    private readonly Dictionary<string, string> _tables;

    private DatabaseSnapshot(Dictionary<string, string> tables) => _tables = tables;

    public static async Task<DatabaseSnapshot> TakeAsync(PcnFlowAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var tables = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() != null)
            .Select(e => StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema()))
            .Distinct()
            .ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var table in tables)
                fingerprints[table.DisplayName()] = await FingerprintAsync(connection, table);
            return new DatabaseSnapshot(fingerprints);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The tables whose rows differ from <paramref name="before"/>'s.</summary>
    public IReadOnlyList<string> ChangedSince(DatabaseSnapshot before) =>
        [.. _tables.Where(t => before._tables.GetValueOrDefault(t.Key) != t.Value).Select(t => t.Key)];

    // Rows in no particular order, so each row becomes a line and the lines are sorted before hashing.
    private static async Task<string> FingerprintAsync(DbConnection connection, StoreObjectIdentifier table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {(table.Schema == null ? "" : $"\"{table.Schema}\".")}\"{table.Name}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
                values[i] = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            rows.Add(string.Join('\u001f', values));
        }
        rows.Sort(StringComparer.Ordinal);
        return $"{rows.Count} rows {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))}";
    }
}
