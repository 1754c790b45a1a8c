using Microsoft.EntityFrameworkCore;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Notifications;

namespace PcnFlow.Server.Tests.Database;

/// <summary>Every SQLite connection the server opens is set up once: WAL, a busy timeout, foreign keys and memory-mapped reads.</summary>
[Collection(AppHosts.Name)]
public sealed class SqliteConnectionSettingsTests : WorldTests
{
    [Fact]
    public async Task A_connection_from_the_pool_has_the_servers_settings()
    {
        // test.sh's PostgreSQL pass leaves this class out; run by hand against PostgreSQL, it fails rather than passing empty.
        PcnFlowAppFactory.PostgresServer.ShouldBeNull("these are SQLite's settings");

        var settings = await Factory.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                var values = new List<string>();
                foreach (var pragma in new[] { "journal_mode", "synchronous", "busy_timeout", "foreign_keys", "mmap_size" })
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"PRAGMA {pragma}";
                    values.Add($"{pragma}={await command.ExecuteScalarAsync()}");
                }
                return values;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        // synchronous=1 is NORMAL. Reads of the main file are memory-mapped, so the pages a query touches after another
        // connection's write are not each a pread system call (6% of the server's CPU in a profile under load).
        settings.ShouldBe(["journal_mode=wal", "synchronous=1", "busy_timeout=30000", "foreign_keys=1", "mmap_size=1073741824"]);
    }
}
