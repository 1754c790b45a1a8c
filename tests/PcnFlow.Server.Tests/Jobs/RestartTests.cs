using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Notifications;

namespace PcnFlow.Server.Tests.Jobs;

/// <summary>
/// Stop the host with reminders pending and start a new one on the same database: Hangfire's in-memory
/// storage starts empty, the database is the truth, and every reminder still goes exactly once.
/// </summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly SmtpServerFixture _smtp = new();
    private PcnFlowAppFactory _first = null!;
    private PcnFlowAppFactory? _second;

    public async Task InitializeAsync()
    {
        await _smtp.InitializeAsync();
        // A horizon of a year, so every pending row is Hangfire's to hold and the restart must re-plan each one; the
        // default window is covered by ReconcileJobTests.
        _first = new PcnFlowAppFactory().WithSmtp(_smtp).With("Jobs:PlanningHorizon", "365.00:00:00");
    }

    public async Task DisposeAsync()
    {
        _first.Dispose();
        _second?.Dispose();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Every_reminder_pending_at_a_restart_is_delivered_exactly_once_by_the_new_host()
    {
        var world = await TestWorld.CreateAsync(_first);
        var instance = await _first.StartSixStepAsync(world);
        var task = await _first.TaskAsync(instance, "step1-confirm-practices");
        await _first.AdvanceToAsync(Pipeline.NineAm(2026, 4, 27).AddMinutes(1));
        _smtp.WithKey($"reminder:{task.Id}:0:").ShouldHaveSingleItem();
        var pendingAtStop = await PendingAsync(_first);
        pendingAtStop.ShouldContain(w => w.Key == $"reminder:{task.Id}:1");
        pendingAtStop.ShouldContain(w => w.Key == $"escalation:{task.Id}");

        _second = new PcnFlowAppFactory(_first);
        _first.Dispose();
        await RunReconcileAsync(_second);
        await RunReconcileAsync(_second);

        // Start-up and two more reconcile runs: one live job per pending row, and no more (elsa-core #8156).
        var pending = await PendingAsync(_second);
        pending.Select(w => w.Id).ShouldBe(pendingAtStop.Select(w => w.Id), ignoreOrder: true);
        var storage = _second.Services.GetRequiredService<JobStorage>();
        storage.GetMonitoringApi().ScheduledCount().ShouldBe(pending.Count);
        using (var connection = storage.GetConnection())
        {
            foreach (var work in pending)
            {
                var job = connection.GetJobData(work.JobId.ShouldNotBeNull()).ShouldNotBeNull();
                job.State.ShouldBe("Scheduled");
                job.Job.Args[0].ShouldBe(work.Id);
            }
        }

        await _second.AdvanceToAsync(Pipeline.NineAm(2026, 5, 7));
        _smtp.WithKey($"reminder:{task.Id}:1:").ShouldHaveSingleItem().To.ShouldBe([world["pmA"].Email!]);
        _smtp.WithKey($"escalation:{task.Id}:").ShouldHaveSingleItem().To.ShouldBe([world["lead"].Email!]);
        var due = await _second.QueryAsync(db => db.ScheduledWork.AsNoTracking()
            .Where(w => w.Kind == ScheduledWorkKind.Reminder || w.Kind == ScheduledWorkKind.Escalation).ToListAsync());
        var now = _second.Time.GetUtcNow();
        foreach (var work in due.Where(w => w.DueAt <= now))
        {
            work.Status.ShouldBe(ScheduledWorkStatus.Done, work.Key);
            _smtp.WithKey(work.Key + ":").ShouldNotBeEmpty(work.Key);
        }
        await _second.ShouldHaveSentNothingTwiceAsync(_smtp);
    }

    private static Task<List<ScheduledWork>> PendingAsync(PcnFlowAppFactory factory) => factory.QueryAsync(db =>
        db.ScheduledWork.AsNoTracking().Where(w => w.Status == ScheduledWorkStatus.Pending).ToListAsync());

    private static async Task RunReconcileAsync(PcnFlowAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReconcileJob>().ExecuteAsync(CancellationToken.None);
    }
}
