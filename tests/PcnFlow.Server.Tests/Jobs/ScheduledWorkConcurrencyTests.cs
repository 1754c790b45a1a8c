using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Notifications;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Notifications;

namespace PcnFlow.Server.Tests.Jobs;

/// <summary>
/// The same scheduled-work row run twice at once (a duplicate job, two nodes): one run does the work, the
/// other finds it done. No Hangfire server runs here, so the test decides exactly when each run happens.
/// </summary>
public sealed class ScheduledWorkConcurrencyTests : IAsyncLifetime
{
    private readonly PcnFlowAppFactory _factory = new PcnFlowAppFactory().With("Jobs:RunServer", "false");
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_reminder_run_twice_at_once_is_written_to_the_outbox_once()
    {
        var (taskId, reminder) = await StartAsync($"reminder:", 0);
        _factory.Time.SetUtcNow(reminder.DueAt.AddMinutes(1));

        await Task.WhenAll(RunAsync(reminder.Id), RunAsync(reminder.Id), RunAsync(reminder.Id));
        await RunAsync(reminder.Id);

        var rows = await _factory.QueryAsync(db => db.Outbox.AsNoTracking().Where(m => m.Key.StartsWith(reminder.Key + ":")).ToListAsync());
        rows.ShouldHaveSingleItem().RecipientUserId.ShouldBe(_world["pmA"].Id);
        (await _factory.QueryAsync(db => db.InAppNotifications.CountAsync(n => n.Key.StartsWith(reminder.Key + ":")))).ShouldBe(1);
        (await Row(reminder.Id)).Status.ShouldBe(ScheduledWorkStatus.Done);
        taskId.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task An_escalation_run_twice_at_once_escalates_once()
    {
        var (taskId, escalation) = await StartAsync("escalation:", null);
        _factory.Time.SetUtcNow(escalation.DueAt.AddMinutes(1));

        await Task.WhenAll(RunAsync(escalation.Id), RunAsync(escalation.Id), RunAsync(escalation.Id));

        var rows = await _factory.QueryAsync(db => db.Outbox.AsNoTracking().Where(m => m.Key.StartsWith(escalation.Key + ":")).ToListAsync());
        rows.ShouldHaveSingleItem().RecipientUserId.ShouldBe(_world["lead"].Id);
        var task = await _factory.QueryAsync(db => db.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId));
        task.Escalated.ShouldBeTrue();
        task.Revision.ShouldBe(2);
        (await Row(escalation.Id)).Status.ShouldBe(ScheduledWorkStatus.Done);
    }

    [Fact]
    public async Task A_reminder_run_before_its_time_does_nothing_and_stays_pending()
    {
        // A reminder is prepared ahead (Notifications:PrepareAhead), so "before its time" is before that.
        var (_, reminder) = await StartAsync("reminder:", 0);
        var ahead = _factory.Services.GetRequiredService<IOptions<NotificationOptions>>().Value.PrepareAhead;
        _factory.Time.SetUtcNow(reminder.DueAt - ahead - TimeSpan.FromSeconds(1));

        await RunAsync(reminder.Id);

        (await Row(reminder.Id)).Status.ShouldBe(ScheduledWorkStatus.Pending);
        (await _factory.QueryAsync(db => db.Outbox.CountAsync(m => m.Key.StartsWith(reminder.Key + ":")))).ShouldBe(0);
    }

    private async Task<(Guid TaskId, ScheduledWork Work)> StartAsync(string prefix, int? index)
    {
        using var scope = _factory.Services.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<InstanceCommands>().StartAsync(
            new StartProgramme("six-step-development-support", null, _world.PcnA.Id, Pipeline.Day0, null, null), "lead@test.pcnflow");
        var task = await _factory.QueryAsync(db => db.Tasks.AsNoTracking().SingleAsync(t => t.InstanceId == started.Value && t.ActivityId == "step1-confirm-practices"));
        var work = await _factory.QueryAsync(db => db.ScheduledWork.AsNoTracking()
            .SingleAsync(w => w.TaskId == task.Id && w.Key.StartsWith(prefix) && w.ReminderIndex == index));
        return (task.Id, work);
    }

    private async Task RunAsync(long id)
    {
        using var scope = _factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ScheduledWorkRunner>().RunAsync(id, CancellationToken.None);
    }

    private Task<ScheduledWork> Row(long id) => _factory.QueryAsync(db => db.ScheduledWork.AsNoTracking().SingleAsync(w => w.Id == id));
}
