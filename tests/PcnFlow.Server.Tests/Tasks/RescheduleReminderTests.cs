using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Tasks;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Tasks;

/// <summary>A due date moved by the lead, followed through fake time to the emails that arrive (and those that must not).</summary>
public sealed class RescheduleReminderTests : IAsyncLifetime
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
    public async Task After_the_due_date_moves_the_old_reminders_never_arrive_and_the_new_ones_do()
    {
        var id = await Programmes.StartAsync(_factory, Programmes.SixStep, _world.PcnA.Id);
        var task = await Programmes.TaskAsync(_factory, id, "step1-name-partners");
        var old = await Programmes.DbAsync(_factory, db => db.ScheduledWork.AsNoTracking()
            .Where(w => w.TaskId == task.Id && (w.Kind == ScheduledWorkKind.Reminder || w.Kind == ScheduledWorkKind.Escalation)).ToListAsync());
        old.Count(w => w.Kind == ScheduledWorkKind.Reminder).ShouldBe(3);
        var newDue = task.DueDate!.Value.AddDays(42);
        var lead = await _world.ClientForAsync("lead");

        var schedule = await (await lead.PutAsJsonAsync($"/api/tasks/{task.Id}/schedule", new { dueDate = newDue })).ReadAsync<TaskScheduleView>();

        // New reminder keys carry the revision the reschedule left; each reminder sent bumps it again later.
        var revision = (await Programmes.TaskAsync(_factory, id, "step1-name-partners")).Revision;
        schedule.Reminders.Select(r => r.Offset).ShouldBe(["-P14D", "-P3D", "P0D"]);
        schedule.Reminders.ShouldAllBe(r => r.At > old.Max(w => w.DueAt));
        await _factory.AdvanceAsync(old.Max(w => w.DueAt) - _factory.Time.GetUtcNow() + TimeSpan.FromHours(1));
        schedule.Reminders[0].At.ShouldBeGreaterThan(_factory.Time.GetUtcNow());
        // Even a job still queued in Hangfire for an old row finds it cancelled and sends nothing.
        foreach (var work in old)
        {
            using var scope = _factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ScheduledWorkJob>().ExecuteAsync(work.Id, CancellationToken.None);
        }
        await _factory.SettleAsync();
        EmailKeysFor(task.Id).ShouldBeEmpty();

        await _factory.AdvanceAsync(schedule.Reminders[^1].At - _factory.Time.GetUtcNow() + TimeSpan.FromHours(1));

        var cdA = _world["cdA"].Id;
        EmailKeysFor(task.Id).ShouldBe(
            [$"reminder:{task.Id}:{revision}:0:{cdA}", $"reminder:{task.Id}:{revision}:1:{cdA}", $"reminder:{task.Id}:{revision}:2:{cdA}"], ignoreOrder: true);
        var statuses = await Programmes.DbAsync(_factory, db => db.ScheduledWork.AsNoTracking().Where(w => w.TaskId == task.Id).ToListAsync());
        statuses.Where(w => old.Select(o => o.Id).Contains(w.Id)).ShouldAllBe(w => w.Status == ScheduledWorkStatus.Cancelled);
    }

    // Reminders and escalations for the task that reached the mail folder, by their outbox key.
    private List<string> EmailKeysFor(Guid taskId) =>
        [.. (Directory.Exists(_factory.MailFolder) ? Directory.GetFiles(_factory.MailFolder, "*.eml") : Array.Empty<string>())
            .Select(f => MimeMessage.Load(f).Headers["X-PcnFlow-Key"] ?? "")
            .Where(k => k.StartsWith($"reminder:{taskId}:", StringComparison.Ordinal) || k.StartsWith($"escalation:{taskId}:", StringComparison.Ordinal))];
}
