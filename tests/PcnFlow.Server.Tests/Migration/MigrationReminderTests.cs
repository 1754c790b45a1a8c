using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Notifications;
using Programmes = PcnFlow.Server.Tests.Instances.Programmes;

namespace PcnFlow.Server.Tests.Migration;

/// <summary>
/// A move re-times an open task's reminder: on fake time, through Hangfire and the outbox, to a real SMTP server. Day 0 is
/// Wednesday 1 April 2026; step 1 is due D+10 (11 April) with a reminder 3 days before (8 April, 09:00 London), and
/// version 2 makes it D+20 (21 April), reminded on 18 April.
/// </summary>
[Collection(AppHosts.Name)]
public sealed class MigrationReminderTests : IAsyncLifetime
{
    private readonly SmtpServerFixture _smtp = new();
    private PcnFlowAppFactory _factory = null!;
    private TestWorld _world = null!;

    public async Task InitializeAsync()
    {
        await _smtp.InitializeAsync();
        _factory = new PcnFlowAppFactory().WithSmtp(_smtp);
        _world = await TestWorld.CreateAsync(_factory);
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task After_a_move_the_reminder_arrives_at_the_new_time_and_not_the_old()
    {
        var lead = await _world.ClientForAsync("lead");
        await ThreeSteps.PublishAsync(lead, ThreeSteps.Version1, first: true);
        var id = await Programmes.StartAsync(_factory, ThreeSteps.Id, _world.PcnA.Id, new DateOnly(2026, 4, 1));
        await _factory.SettleAsync();
        var task = await Programmes.TaskAsync(_factory, id, "step1");
        var oldReminder = (await _factory.WorkForAsync(task.Id)).Single(w => w.Kind == ScheduledWorkKind.Reminder);
        oldReminder.DueAt.ShouldBe(Pipeline.NineAm(2026, 4, 8));
        await ThreeSteps.PublishAsync(lead, [("step1", "Agree the PCN's priorities", "D+20", ["-P3D"]), ThreeSteps.Version1[1], ThreeSteps.Version1[2]]);

        await (await lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=2", null)).OkJsonAsync();
        await _factory.SettleAsync();

        var work = await _factory.WorkForAsync(task.Id);
        work.Single(w => w.Id == oldReminder.Id).Status.ShouldBe(ScheduledWorkStatus.Cancelled);
        var newReminder = work.Single(w => w.Kind == ScheduledWorkKind.Reminder && w.Status == ScheduledWorkStatus.Pending);
        newReminder.DueAt.ShouldBe(Pipeline.NineAm(2026, 4, 18));
        newReminder.JobId.ShouldNotBeNull();
        (await Programmes.TaskAsync(_factory, id, "step1")).DueDate.ShouldBe(new DateOnly(2026, 4, 21));

        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 8).AddHours(1));
        _smtp.WithKey($"reminder:{task.Id}:").ShouldBeEmpty();
        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 18).AddMinutes(-1));
        _smtp.WithKey($"reminder:{task.Id}:").ShouldBeEmpty();
        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 18).AddMinutes(1));

        var reminder = _smtp.WithKey($"reminder:{task.Id}:").ShouldHaveSingleItem();
        reminder.To.ShouldBe([_world["cdA"].Email!]);
        reminder.Subject.ShouldNotBeNull().ShouldContain("Tuesday 21 April 2026");
        await _factory.ShouldHaveSentNothingTwiceAsync(_smtp);
        (await Programmes.DbAsync(_factory, db => db.TaskComments.AsNoTracking().Where(c => c.TaskId == task.Id).Select(c => c.Text).ToListAsync()))
            .ShouldContain(t => t.StartsWith("Programme moved to version 2. Due date moved from 11 April 2026 to 21 April 2026.", StringComparison.Ordinal));
    }
}
