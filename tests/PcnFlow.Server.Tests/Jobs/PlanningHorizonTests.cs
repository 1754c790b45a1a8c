using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Notifications;

namespace PcnFlow.Server.Tests.Jobs;

/// <summary>
/// Hangfire holds only the work due within the planning horizon (Jobs:PlanningHorizon, 15 minutes by default); later
/// rows wait in the database and the reconcile job plans each as it comes within the window.
/// </summary>
public sealed class PlanningHorizonTests : IAsyncLifetime
{
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Work_beyond_the_horizon_gets_its_job_only_when_it_comes_within_it()
    {
        await _factory.StartSixStepAsync(_world);
        var pending = await PendingAsync();
        pending.ShouldNotBeEmpty();
        var horizon = _factory.Time.GetUtcNow().AddMinutes(15);
        pending.ShouldAllBe(w => w.DueAt > horizon && w.JobId == null);
        Storage.GetMonitoringApi().ScheduledCount().ShouldBe(0);

        // A far row remembering a job from some earlier storage is left alone until it comes near.
        var reminder = pending.Where(w => w.Kind == ScheduledWorkKind.Reminder).MinBy(w => w.DueAt).ShouldNotBeNull();
        await _factory.QueryAsync(db => db.ScheduledWork.Where(w => w.Id == reminder.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.JobId, "job-from-an-old-storage")));
        await ReconcileAsync();
        (await RowAsync(reminder.Id)).JobId.ShouldBe("job-from-an-old-storage");

        await _factory.AdvanceToAsync(reminder.DueAt.AddMinutes(-10));

        var near = await RowAsync(reminder.Id);
        near.Status.ShouldBe(ScheduledWorkStatus.Pending);
        near.JobId.ShouldNotBeNull().ShouldNotBe("job-from-an-old-storage");
        using var connection = Storage.GetConnection();
        var job = connection.GetJobData(near.JobId).ShouldNotBeNull();
        (job.State, job.Job.Type, job.Job.Args[0]).ShouldBe(("Scheduled", typeof(ScheduledWorkJob), (object)reminder.Id));
        (await PendingAsync()).Where(w => w.DueAt > _factory.Time.GetUtcNow().AddMinutes(15)).ShouldAllBe(w => w.JobId == null || w.Id == reminder.Id);
    }

    private JobStorage Storage => _factory.Services.GetRequiredService<JobStorage>();

    private Task<List<ScheduledWork>> PendingAsync() => _factory.QueryAsync(db =>
        db.ScheduledWork.AsNoTracking().Where(w => w.Status == ScheduledWorkStatus.Pending).ToListAsync());

    private Task<ScheduledWork> RowAsync(long id) => _factory.QueryAsync(db => db.ScheduledWork.AsNoTracking().SingleAsync(w => w.Id == id));

    private async Task ReconcileAsync()
    {
        using var scope = _factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReconcileJob>().ExecuteAsync(CancellationToken.None);
    }
}
