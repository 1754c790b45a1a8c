using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PcnFlow.Persistence;

namespace PcnFlow.Load;

/// <summary>One database the server runs on in a pass: a fresh SQLite file, or a fresh database in a private PostgreSQL cluster.</summary>
public abstract class DatabaseTarget
{
    public abstract string Name { get; }

    /// <summary>The server's configuration for this database, as environment variables.</summary>
    public abstract IReadOnlyDictionary<string, string> ServerSettings { get; }

    /// <summary>A context on the server's database, for the two things the API cannot do (see <see cref="DirectWrites"/>).</summary>
    public abstract PcnFlowDbContext OpenContext();

    public abstract Task<long> SizeBytesAsync();

    /// <summary>The same pragmas the server sets on every SQLite connection (SqliteWalInterceptor).</summary>
    public const string SqlitePragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
}

public sealed class SqliteTarget(string path) : DatabaseTarget
{
    public override string Name => "SQLite";

    public override IReadOnlyDictionary<string, string> ServerSettings => new Dictionary<string, string>
    {
        ["Database__Provider"] = "Sqlite",
        ["Database__SqlitePath"] = path,
    };

    public override PcnFlowDbContext OpenContext()
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString();
        var context = new SqlitePcnFlowDbContext(new DbContextOptionsBuilder<SqlitePcnFlowDbContext>().UseSqlite(connection).Options);
        context.Database.OpenConnection();
        context.Database.ExecuteSqlRaw(SqlitePragmas);
        return context;
    }

    /// <summary>The database file and its write-ahead log, which holds committed pages not yet checkpointed.</summary>
    public override Task<long> SizeBytesAsync() =>
        Task.FromResult(new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length));
}

public sealed class PostgresTarget(string connection) : DatabaseTarget
{
    public override string Name => "PostgreSQL";

    public override IReadOnlyDictionary<string, string> ServerSettings => new Dictionary<string, string>
    {
        ["Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__PcnFlow"] = connection,
    };

    public override PcnFlowDbContext OpenContext() =>
        new PostgresPcnFlowDbContext(new DbContextOptionsBuilder<PostgresPcnFlowDbContext>().UseNpgsql(connection).Options);

    public override async Task<long> SizeBytesAsync()
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", db);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
