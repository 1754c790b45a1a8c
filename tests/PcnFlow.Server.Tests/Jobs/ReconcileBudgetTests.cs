using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Notifications;

namespace PcnFlow.Server.Tests.Jobs;

/// <summary>
/// A reconcile run checks rows that have a job only until its time budget runs out, and the next run goes on from
/// there; rows with no job are planned first whatever the budget. In an England-sized PostgreSQL run one unbounded
/// run took 11 minutes over a backlog, holding the lock, and 10,000 reminders that came within the horizon meanwhile
/// were planned only when it ended, a minute after they were due.
/// </summary>
public sealed class ReconcileBudgetTests : IAsyncLifetime
{
    // No budget at all: each run checks exactly one row that has a job. The host's own runs are yearly, so only the
    // test's runs move the place where checking stopped.
    private readonly PcnFlowAppFactory _factory = new PcnFlowAppFactory()
        .With("Jobs:PlanningHorizon", "365.00:00:00").With("Jobs:ReconcileCron", "0 0 1 1 *").With("Jobs:ReconcileBudget", "00:00:00");
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_run_out_of_time_plans_rows_without_a_job_first_and_the_next_run_checks_on_from_where_it_stopped()
    {
        await _factory.StartSixStepAsync(_world);
        // Settling the start ran the reconcile job, each run moving the place one row on; the test starts from the first.
        var progress = _factory.Services.GetRequiredService<ReconcileProgress>();
        progress.AfterWorkId = 0;
        var rows = await PendingAsync();
        rows.Count.ShouldBeGreaterThan(4);
        var client = _factory.Services.GetRequiredService<IBackgroundJobClient>();
        var lost = rows.Take(3).ToList();
        foreach (var row in lost)
            client.Delete(row.JobId);
        // As the load benchmark's reminders, and every row the planner left beyond the horizon, arrive: no job yet.
        var unplanned = rows[^1];
        client.Delete(unplanned.JobId);
        await _factory.QueryAsync(db => db.ScheduledWork.Where(w => w.Id == unplanned.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.JobId, (string?)null)));

        await ReconcileAsync();

        var after = await PendingAsync();
        after.Single(w => w.Id == unplanned.Id).JobId.ShouldNotBeNull("a row with no job is planned whatever the budget");
        after.Single(w => w.Id == lost[0].Id).JobId.ShouldNotBe(lost[0].JobId);
        after.Single(w => w.Id == lost[1].Id).JobId.ShouldBe(lost[1].JobId, "the run's budget ran out after one row with a job");
        after.Single(w => w.Id == lost[2].Id).JobId.ShouldBe(lost[2].JobId);

        await ReconcileAsync();
        progress.AfterWorkId.ShouldBe(lost[1].Id);
        (await PendingAsync()).Single(w => w.Id == lost[1].Id).JobId.ShouldNotBe(lost[1].JobId, "the next run goes on from where the last stopped");
        await ReconcileAsync();

        var last = await PendingAsync();
        last.Single(w => w.Id == lost[2].Id).JobId.ShouldNotBe(lost[2].JobId);
        _factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledCount().ShouldBe(last.Count);
    }

    private Task<List<ScheduledWork>> PendingAsync() => _factory.QueryAsync(db =>
        db.ScheduledWork.AsNoTracking().Where(w => w.Status == ScheduledWorkStatus.Pending).OrderBy(w => w.Id).ToListAsync());

    private async Task ReconcileAsync()
    {
        using var scope = _factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReconcileJob>().ExecuteAsync(CancellationToken.None);
    }
}
