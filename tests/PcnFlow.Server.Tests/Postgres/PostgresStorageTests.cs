using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Postgres;

/// <summary>On PostgreSQL the app migrates its own database and keeps Hangfire's jobs in it, one database per host.</summary>
public sealed class PostgresStorageTests : IAsyncLifetime
{
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [PostgresFact]
    public async Task Start_up_applies_every_PostgreSQL_migration()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();

        db.ShouldBeOfType<PostgresPcnFlowDbContext>();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [PostgresFact]
    public void Hangfire_uses_PostgreSQL_storage()
    {
        _factory.Services.GetRequiredService<JobStorage>().ShouldBeOfType<PostgreSqlStorage>();
        JobStorage.Current.ShouldBeOfType<PostgreSqlStorage>();
    }

    [PostgresFact]
    public async Task Each_host_keeps_its_Hangfire_jobs_in_its_own_database()
    {
        using var other = new PcnFlowAppFactory();
        _ = other.Services; // starts the second host, which migrates its own database and creates its Hangfire schema

        using var scope = _factory.Services.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<InstanceCommands>()
            .StartAsync(new StartProgramme("six-step-development-support", null, _world.PcnA.Id, new DateOnly(2026, 4, 1), null, null), "lead@test.pcnflow");
        started.Status.ShouldBe(CommandStatus.Ok);

        (await WorkJobsAsync(_factory)).ShouldBeGreaterThan(0);
        (await WorkJobsAsync(other)).ShouldBe(0);
    }

    // The start's jobs: the deliveries of its opening notices, and any scheduled work due within the planning horizon.
    private static async Task<int> WorkJobsAsync(PcnFlowAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        return await db.Database
            .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM hangfire.job WHERE invocationdata::text LIKE '%ScheduledWorkJob%' OR invocationdata::text LIKE '%DeliverNotificationJob%'")
            .SingleAsync();
    }
}
