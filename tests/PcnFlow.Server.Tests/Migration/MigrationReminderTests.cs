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
public sealed class MigrationReminderTests : MailWorldTests
{
    [Fact]
    public async Task After_a_move_the_reminder_arrives_at_the_new_time_and_not_the_old()
    {
        var lead = await World.ClientForAsync("lead");
        await ThreeSteps.PublishAsync(lead, ThreeSteps.Version1, first: true);
        var id = await Programmes.StartAsync(Factory, ThreeSteps.Id, World.PcnA.Id, new DateOnly(2026, 4, 1));
        await Factory.SettleAsync();
        var task = await Programmes.TaskAsync(Factory, id, "step1");
        var oldReminder = (await Factory.WorkForAsync(task.Id)).Single(w => w.Kind == ScheduledWorkKind.Reminder);
        oldReminder.DueAt.ShouldBe(Pipeline.NineAm(2026, 4, 8));
        await ThreeSteps.PublishAsync(lead, [("step1", "Agree the PCN's priorities", "D+20", ["-P3D"]), ThreeSteps.Version1[1], ThreeSteps.Version1[2]]);

        await (await lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=2", null)).OkJsonAsync();
        await Factory.SettleAsync();

        var work = await Factory.WorkForAsync(task.Id);
        work.Single(w => w.Id == oldReminder.Id).Status.ShouldBe(ScheduledWorkStatus.Cancelled);
        var newReminder = work.Single(w => w.Kind == ScheduledWorkKind.Reminder && w.Status == ScheduledWorkStatus.Pending);
        newReminder.DueAt.ShouldBe(Pipeline.NineAm(2026, 4, 18));
        // Ten days away, beyond the planning horizon: the reconcile job gives it a job when it comes near.
        newReminder.JobId.ShouldBeNull();
        (await Programmes.TaskAsync(Factory, id, "step1")).DueDate.ShouldBe(new DateOnly(2026, 4, 21));

        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 8).AddHours(1));
        Smtp.WithKey($"reminder:{task.Id}:").ShouldBeEmpty();
        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 18).AddMinutes(-1));
        Smtp.WithKey($"reminder:{task.Id}:").ShouldBeEmpty();
        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 18).AddMinutes(1));

        var reminder = Smtp.WithKey($"reminder:{task.Id}:").ShouldHaveSingleItem();
        reminder.To.ShouldBe([World["cdA"].Email!]);
        reminder.Subject.ShouldNotBeNull().ShouldContain("Tuesday 21 April 2026");
        await Factory.ShouldHaveSentNothingTwiceAsync(Smtp);
        (await Programmes.DbAsync(Factory, db => db.TaskComments.AsNoTracking().Where(c => c.TaskId == task.Id).Select(c => c.Text).ToListAsync()))
            .ShouldContain(t => t.StartsWith("Programme moved to version 2. Due date moved from 11 April 2026 to 21 April 2026.", StringComparison.Ordinal));
    }
}
