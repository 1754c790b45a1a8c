using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;

namespace PcnFlow.Server.Database;

internal static class DatabaseSetup
{
    public static DatabaseOptions AddPcnFlowDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            var connection = builder.Configuration.GetConnectionString("PcnFlow")
                ?? throw new InvalidOperationException("Database:Provider is PostgreSql, so ConnectionStrings:PcnFlow must be set.");
            builder.Services.AddDbContext<PostgresPcnFlowDbContext>(o => o.UseNpgsql(connection));
            builder.Services.AddScoped<PcnFlowDbContext>(s => s.GetRequiredService<PostgresPcnFlowDbContext>());
        }
        else
        {
            var path = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.SqlitePath));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var connection = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();
            builder.Services.AddDbContext<SqlitePcnFlowDbContext>(o => o.UseSqlite(connection).AddInterceptors(new SqliteWalInterceptor()));
            builder.Services.AddScoped<PcnFlowDbContext>(s => s.GetRequiredService<SqlitePcnFlowDbContext>());
        }
        return options;
    }

    public static async Task MigratePcnFlowDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        if (!options.MigrateOnStartup)
            return;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        await db.Database.MigrateAsync();
    }
}
