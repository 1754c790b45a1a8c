using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Notifications;

namespace PcnFlow.Server.Tests.Jobs;

public sealed class ReconcileJobTests : IAsyncLifetime
{
    // A horizon of a year, so every pending row is Hangfire's to hold; the default window has tests of its own below.
    // The host's own reconcile runs once a year, not each minute: a run of its holding the lock makes a test's run end
    // at once, having done nothing (see the lock test below).
    private readonly PcnFlowAppFactory _factory = new PcnFlowAppFactory().With("Jobs:PlanningHorizon", "365.00:00:00").With("Jobs:ReconcileCron", "0 0 1 1 *");
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Running_reconcile_again_plans_no_second_job_for_any_row()
    {
        await _factory.StartSixStepAsync(_world);
        var before = await PendingAsync();
        before.ShouldNotBeEmpty();

        await ReconcileAsync();
        await ReconcileAsync();

        var after = await PendingAsync();
        after.Select(w => (w.Id, w.JobId)).ShouldBe(before.Select(w => (w.Id, w.JobId)), ignoreOrder: true);
        Storage.GetMonitoringApi().ScheduledCount().ShouldBe(after.Count);
    }

    [Fact]
    public async Task A_row_whose_job_is_gone_gets_a_new_one()
    {
        await _factory.StartSixStepAsync(_world);
        var lost = (await PendingAsync()).First();
        _factory.Services.GetRequiredService<IBackgroundJobClient>().Delete(lost.JobId);

        await ReconcileAsync();

        var replanned = (await PendingAsync()).Single(w => w.Id == lost.Id);
        replanned.JobId.ShouldNotBe(lost.JobId);
        JobState(replanned).ShouldBe("Scheduled");
    }

    [Fact]
    public async Task A_row_remembering_another_rows_job_gets_its_own()
    {
        // After a restart, a remembered job id can name a different job in the new storage; it must not count as this row's.
        await _factory.StartSixStepAsync(_world);
        var rows = await PendingAsync();
        var (victim, other) = (rows[0], rows[1]);
        _factory.Services.GetRequiredService<IBackgroundJobClient>().Delete(victim.JobId);
        await _factory.QueryAsync(db => db.ScheduledWork.Where(w => w.Id == victim.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.JobId, other.JobId)));

        await ReconcileAsync();

        var after = await PendingAsync();
        var fixedRow = after.Single(w => w.Id == victim.Id);
        fixedRow.JobId.ShouldNotBe(other.JobId);
        using var connection = Storage.GetConnection();
        connection.GetJobData(fixedRow.JobId).ShouldNotBeNull().Job.Args[0].ShouldBe(victim.Id);
        after.Single(w => w.Id == other.Id).JobId.ShouldBe(other.JobId);
        Storage.GetMonitoringApi().ScheduledCount().ShouldBe(after.Count);
    }

    [Fact]
    public async Task Reconcile_runs_at_the_same_time_still_leave_one_job_per_row()
    {
        await _factory.StartSixStepAsync(_world);
        var client = _factory.Services.GetRequiredService<IBackgroundJobClient>();
        foreach (var row in await PendingAsync())
            client.Delete(row.JobId);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(ReconcileAsync)));

        var after = await PendingAsync();
        after.ShouldAllBe(w => w.JobId != null);
        Storage.GetMonitoringApi().ScheduledCount().ShouldBe(after.Count);
    }

    [Fact]
    public async Task A_run_that_finds_another_under_way_ends_at_once_and_leaves_the_work_to_it()
    {
        await _factory.StartSixStepAsync(_world);
        var lost = (await PendingAsync()).First();
        _factory.Services.GetRequiredService<IBackgroundJobClient>().Delete(lost.JobId);

        using (var connection = Storage.GetConnection())
        using (connection.AcquireDistributedLock(ReconcileJob.LockName, TimeSpan.FromSeconds(5)))
        {
            // Waiting for the lock would hold this test (and, in production, a worker); the run ends without it.
            await ReconcileAsync().WaitAsync(TimeSpan.FromSeconds(10));
            (await PendingAsync()).Single(w => w.Id == lost.Id).JobId.ShouldBe(lost.JobId);
        }

        await ReconcileAsync();
        (await PendingAsync()).Single(w => w.Id == lost.Id).JobId.ShouldNotBe(lost.JobId);
    }

    [Fact]
    public async Task A_row_whose_job_died_with_its_server_gets_a_new_one_while_a_live_servers_job_is_left_running()
    {
        // Hangfire would hand the dead server's job back only when its invisibility timeout ends, five minutes by default.
        await _factory.StartSixStepAsync(_world);
        var rows = await PendingAsync();
        var (orphaned, running) = (rows[0], rows[1]);
        SetState(orphaned.JobId!, new ProcessingOn("node-that-died:1234:00000000-0000-0000-0000-000000000000"));
        SetState(running.JobId!, new ProcessingOn(await LiveServerAsync()));

        await ReconcileAsync();

        var after = await PendingAsync();
        var replanned = after.Single(w => w.Id == orphaned.Id);
        replanned.JobId.ShouldNotBe(orphaned.JobId);
        JobState(replanned).ShouldBe("Scheduled");
        after.Single(w => w.Id == running.Id).JobId.ShouldBe(running.JobId);
    }

    private void SetState(string jobId, IState state)
    {
        using var connection = Storage.GetConnection();
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetJobState(jobId, state);
        transaction.Commit();
    }

    // This host's Hangfire server, once it has announced itself.
    private async Task<string> LiveServerAsync()
    {
        var monitoring = Storage.GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (monitoring.Servers().Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        return monitoring.Servers().ShouldHaveSingleItem().Name;
    }

    // What a worker records when it starts a job: Hangfire's own ProcessingState cannot be built outside Hangfire.
    private sealed class ProcessingOn(string serverId) : IState
    {
        public string Name => ProcessingState.StateName;
        public string? Reason => null;
        public bool IsFinal => false;
        public bool IgnoreJobLoadException => false;
        public Dictionary<string, string> SerializeData() => new()
        {
            ["StartedAt"] = JobHelper.SerializeDateTime(DateTime.UtcNow),
            ["ServerId"] = serverId,
            ["WorkerId"] = "worker-1",
        };
    }

    private JobStorage Storage => _factory.Services.GetRequiredService<JobStorage>();

    private string? JobState(ScheduledWork work)
    {
        using var connection = Storage.GetConnection();
        return connection.GetStateData(work.JobId)?.Name;
    }

    private Task<List<ScheduledWork>> PendingAsync() => _factory.QueryAsync(db =>
        db.ScheduledWork.AsNoTracking().Where(w => w.Status == ScheduledWorkStatus.Pending).OrderBy(w => w.Id).ToListAsync());

    private async Task ReconcileAsync()
    {
        using var scope = _factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReconcileJob>().ExecuteAsync(CancellationToken.None);
    }
}
