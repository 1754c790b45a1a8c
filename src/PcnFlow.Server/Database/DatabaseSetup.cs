using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PcnFlow.Persistence;

namespace PcnFlow.Server.Database;

internal static class DatabaseSetup
{
    /// <remarks>
    /// Contexts are pooled: building a context and its options for every request and job was over 2% of the
    /// server's CPU under load. The contexts hold no state of their own beyond what EF Core resets.
    /// </remarks>
    public static DatabaseOptions AddPcnFlowDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SqliteWriteGate>();
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            var connection = PostgresConnectionString(builder.Configuration);
            builder.Services.AddDbContextPool<PostgresPcnFlowDbContext>(o => UsePostgres(o, connection));
            builder.Services.AddScoped<PcnFlowDbContext>(s => s.GetRequiredService<PostgresPcnFlowDbContext>());
        }
        else
        {
            var path = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.SqlitePath));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.Services.AddDbContextPool<SqlitePcnFlowDbContext>(o => UseSqlite(o, path));
            builder.Services.AddScoped<PcnFlowDbContext>(s => s.GetRequiredService<SqlitePcnFlowDbContext>());
        }
        return options;
    }

    /// <summary>ConnectionStrings:PcnFlow, required when the provider is PostgreSQL (Hangfire stores its jobs there too).</summary>
    public static string PostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("PcnFlow") is { Length: > 0 } connection
            ? WithPoolDefaults(connection)
            : throw new InvalidOperationException("Database:Provider is PostgreSql, so ConnectionStrings:PcnFlow must be set.");

    /// <summary>
    /// Npgsql resets every pooled connection with DISCARD ALL when it is next used, unless told not to. EF Core and
    /// Hangfire open and close a connection for nearly every statement, so a 300-PCN load run sent DISCARD ALL
    /// 978,000 times, a fifth of every statement PostgreSQL ran. Neither leaves session state behind (no temporary
    /// tables, no LISTEN, no advisory locks: Hangfire's locks are rows; its schema installer sets search_path and
    /// resets it at the end of each script), so the reset is skipped unless the configured connection string asks for
    /// it. Statements are also prepared once per connection (Max Auto Prepare): EF Core and Hangfire send the same
    /// statements thousands of times, and PostgreSQL parsed and planned each one on every call. With the inbox's index
    /// filter (AccessScope.Inbox), these took a 300-PCN load run from 62.3 to 75.4 completions/s.
    /// </summary>
    public static string WithPoolDefaults(string connection)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        if (!connection.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
            builder.NoResetOnClose = true;
        if (!connection.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
            builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }

    // The two provider set-ups are shared with the migration tests, so "the model has no pending changes"
    // is checked against exactly the options the server runs with.
    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connection) =>
        QuietAboutRetriedClashes(options.UseNpgsql(connection));

    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string path)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();
        return QuietAboutRetriedClashes(options.UseSqlite(connection).AddInterceptors(new SqliteWalInterceptor()));
    }

    /// <summary>
    /// Two writers of one instance find each other by a clash (the journal's unique sequence, the instance's revision,
    /// a busy SQLite file), and <c>UnitOfWork</c> starts the loser again. EF Core logged each clash as two errors with
    /// a stack trace, 24 "fail" entries in a 120-PCN load run in which nothing failed, so an operator could not tell a
    /// fault from routine contention. They are logged at Debug. A failure that is not retried still reaches the log at
    /// Error, as the exception it throws: ASP.NET Core's exception handler logs a request's, Hangfire a job's.
    /// </summary>
    private static DbContextOptionsBuilder QuietAboutRetriedClashes(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log((RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug)));

    public static async Task MigratePcnFlowDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        if (!options.MigrateOnStartup)
            return;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        // On PostgreSQL the database is created first when it does not exist yet. MigrateAsync would create it too, but
        // only after a failed connection that EF Core logs as an error, so every first start began with a "fail" entry.
        // The creator's own existence check expects that failure and logs it at Debug.
        if (db.GetService<IRelationalDatabaseCreator>() is { } creator && !await creator.ExistsAsync())
            await creator.CreateAsync();
        await db.Database.MigrateAsync();
    }
}
