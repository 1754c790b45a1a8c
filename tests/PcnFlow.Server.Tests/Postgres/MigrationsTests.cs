using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Server.Database;

namespace PcnFlow.Server.Tests.Postgres;

/// <summary>
/// Each provider carries its own migrations, so a model change needs a migration for both. These fail when one
/// was forgotten. Neither needs a database: the model is compared with the migrations' snapshot.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        var options = new DbContextOptionsBuilder<SqlitePcnFlowDbContext>();
        DatabaseSetup.UseSqlite(options, Path.Combine(Path.GetTempPath(), "pcnflow-never-opened.db"));
        using var db = new SqlitePcnFlowDbContext(options.Options);

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse("the model has changes with no SQLite migration: run `dotnet-ef migrations add` for SqlitePcnFlowDbContext");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        var options = new DbContextOptionsBuilder<PostgresPcnFlowDbContext>();
        DatabaseSetup.UsePostgres(options, "Host=localhost;Database=pcnflow_never_opened");
        using var db = new PostgresPcnFlowDbContext(options.Options);

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse("the model has changes with no PostgreSQL migration: run `dotnet-ef migrations add` for PostgresPcnFlowDbContext");
    }
}
