using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Instances;

public sealed class ProgrammeStartTests : IAsyncLifetime
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
    public async Task Starting_the_six_step_programme_opens_its_first_tasks_with_reminders_planned_in_the_database()
    {
        using var scope = _factory.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<InstanceCommands>();
        var started = await commands.StartAsync(new StartProgramme("six-step-development-support", null, _world.PcnA.Id, new DateOnly(2026, 4, 1), null, null), "lead@test.pcnflow");
        started.Status.ShouldBe(CommandStatus.Ok);

        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var tasks = await db.Tasks.Where(t => t.InstanceId == started.Value).ToListAsync();
        tasks.ShouldNotBeEmpty();
        tasks.ShouldAllBe(t => t.State == TaskState.Open && t.PcnId == _world.PcnA.Id && t.IcsId == _world.North.Id);
        var work = await db.ScheduledWork.Where(w => w.InstanceId == started.Value).ToListAsync();
        work.ShouldContain(w => w.Kind == ScheduledWorkKind.Reminder && w.Status == ScheduledWorkStatus.Pending);
        // The opened tasks' notices were written to the outbox in the start's own commit, so they need no job of their own.
        var notices = work.Where(w => w.Kind is ScheduledWorkKind.TaskOpenedNotice or ScheduledWorkKind.RequestSignOff).ToList();
        notices.Select(w => w.TaskId).ShouldBe(tasks.Select(t => (Guid?)t.Id), ignoreOrder: true);
        notices.ShouldAllBe(w => w.Status == ScheduledWorkStatus.Done && w.JobId == null);
        var messages = await db.Outbox.Where(m => m.InstanceId == started.Value).Select(m => m.Key).ToListAsync();
        tasks.ShouldAllBe(t => messages.Any(k => k.StartsWith("opened:" + t.Id + ":")));
        // Hangfire is given only what else falls due within the planning horizon (15 minutes by default). The
        // reminders, weeks away, wait in the database until the reconcile job brings them in.
        var horizon = _factory.Time.GetUtcNow().AddMinutes(15);
        work.Where(w => w.Status == ScheduledWorkStatus.Pending && w.DueAt <= horizon).ShouldAllBe(w => w.JobId != null);
        work.Where(w => w.DueAt > horizon).ShouldAllBe(w => w.JobId == null);
    }

    [Fact]
    public async Task A_reminder_falls_due_and_is_written_as_an_eml_file_once()
    {
        using var scope = _factory.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<InstanceCommands>();
        var started = await commands.StartAsync(new StartProgramme("six-step-development-support", null, _world.PcnA.Id, new DateOnly(2026, 4, 1), null, null), "lead@test.pcnflow");
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var first = await db.ScheduledWork.Where(w => w.InstanceId == started.Value && w.Kind == ScheduledWorkKind.Reminder).OrderBy(w => w.DueAt).FirstAsync();

        await _factory.AdvanceAsync(first.DueAt - _factory.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        await _factory.SettleAsync();

        var files = Directory.GetFiles(_factory.MailFolder, "*.eml");
        var reminders = files.Select(File.ReadAllText).Where(t => t.Contains("Subject: Reminder", StringComparison.Ordinal)).ToList();
        reminders.ShouldNotBeEmpty();
        reminders.Count.ShouldBe(reminders.Distinct().Count());
        (await db.ScheduledWork.AsNoTracking().FirstAsync(w => w.Id == first.Id)).Status.ShouldBe(ScheduledWorkStatus.Done);
    }
}
