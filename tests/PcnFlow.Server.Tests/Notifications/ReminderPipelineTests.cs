using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Scheduling;

namespace PcnFlow.Server.Tests.Notifications;

/// <summary>
/// The reminder pipeline end to end: engine → scheduled work → Hangfire → outbox → MailKit → a real SMTP server,
/// on fake time. PCN A's "Confirm the PCN's member practices" is due Thursday 30 April 2026 (day 0 minus one
/// working day), with reminders three working days before and on the day, and escalation to the programme
/// lead five days after.
/// </summary>
public sealed class ReminderPipelineTests : MailWorldTests
{
    [Fact]
    public async Task A_tasks_reminders_and_escalation_arrive_at_their_moments_and_not_before()
    {
        var instance = await Factory.StartSixStepAsync(World);
        var task = await Factory.TaskAsync(instance, "step1-confirm-practices");
        task.DueDate.ShouldBe(new DateOnly(2026, 4, 30));
        var link = $"http://pcnflow.test/inbox/tasks/{task.Id}";
        var opened = Smtp.WithKey($"opened:{task.Id}:").ShouldHaveSingleItem();
        opened.To.ShouldBe([World["pmA"].Email!]);
        opened.Text.ShouldNotBeNull().ShouldContain(link);

        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 27).AddMinutes(-1));
        Smtp.WithKey($"reminder:{task.Id}:").ShouldBeEmpty();
        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 27).AddMinutes(1));
        var first = Smtp.WithKey($"reminder:{task.Id}:0:").ShouldHaveSingleItem();
        first.To.ShouldBe([World["pmA"].Email!]);
        first.Subject.ShouldBe("Reminder: Confirm the PCN's member practices is due on Thursday 30 April 2026");
        first.Text.ShouldNotBeNull().ShouldContain("Open the task: " + link);
        first.Html.ShouldNotBeNull().ShouldContain($"href=\"{link}\"");

        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 30).AddMinutes(-1));
        Smtp.WithKey($"reminder:{task.Id}:").Count.ShouldBe(1);
        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 30).AddMinutes(1));
        var onTheDay = Smtp.WithKey($"reminder:{task.Id}:1:").ShouldHaveSingleItem();
        onTheDay.Subject.ShouldBe("Reminder: Confirm the PCN's member practices is due today");
        onTheDay.To.ShouldBe([World["pmA"].Email!]);

        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 5, 6).AddMinutes(-1));
        Smtp.WithKey($"escalation:{task.Id}:").ShouldBeEmpty();
        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 5, 6).AddMinutes(1));
        var escalation = Smtp.WithKey($"escalation:{task.Id}:").ShouldHaveSingleItem();
        escalation.To.ShouldBe([World["lead"].Email!]);
        escalation.Subject.ShouldBe("Still open after its due date: Confirm the PCN's member practices (Riverside PCN)");
        escalation.Text.ShouldNotBeNull().ShouldContain(link);
        (await Factory.QueryAsync(db => db.Tasks.SingleAsync(t => t.Id == task.Id))).Escalated.ShouldBeTrue();

        Smtp.WithKey($"reminder:{task.Id}:").Count.ShouldBe(2);
        await Factory.ShouldHaveSentNothingTwiceAsync(Smtp);
    }

    [Fact]
    public async Task Nothing_arrives_for_a_task_after_it_is_completed()
    {
        var instance = await Factory.StartSixStepAsync(World);
        var task = await Factory.TaskAsync(instance, "step1-confirm-practices");
        var sibling = await Factory.TaskAsync(instance, "step1-sign-agreement");

        // Parsed, as the API receives it.
        var fields = JsonNode.Parse("""{ "memberPractices": "Riverside Surgery (A81001)\nMill Lane Practice (A81002)", "registeredPopulation": 41000 }""")!.AsObject();
        await Factory.CompleteAsync(task.Id, fields, "pmA@test.pcnflow");
        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 5, 7));

        Smtp.WithKey($"reminder:{task.Id}:").ShouldBeEmpty();
        Smtp.WithKey($"escalation:{task.Id}:").ShouldBeEmpty();
        (await Factory.WorkForAsync(task.Id)).Where(w => w.Kind is ScheduledWorkKind.Reminder or ScheduledWorkKind.Escalation)
            .ShouldAllBe(w => w.Status == ScheduledWorkStatus.Cancelled);
        // The same owner's open task, on the same dates, was reminded: time really passed the reminders.
        Smtp.WithKey($"reminder:{sibling.Id}:").ShouldNotBeEmpty();
        await Factory.ShouldHaveSentNothingTwiceAsync(Smtp);
    }

    [Fact]
    public async Task A_digest_reader_gets_one_summary_a_day_instead_of_each_email_but_escalations_at_once()
    {
        await SetPreferenceAsync("pmA", NotificationPreference.DailyDigest);
        await SetPreferenceAsync("lead", NotificationPreference.DailyDigest);
        var instance = await Factory.StartSixStepAsync(World);
        var confirm = await Factory.TaskAsync(instance, "step1-confirm-practices");
        var sign = await Factory.TaskAsync(instance, "step1-sign-agreement");
        var pm = World["pmA"].Email!;
        Smtp.Messages.ShouldNotContain(m => m.To.Contains(pm));
        Smtp.WithKey($"opened:").ShouldNotBeEmpty();

        await Factory.AdvanceToAsync(UkDigestTime(2026, 4, 2));
        await Factory.RunDailyDigestAsync();
        await Factory.RunDailyDigestAsync();

        var digest = Smtp.Messages.Where(m => m.To.Contains(pm)).ShouldHaveSingleItem();
        digest.Subject.ShouldBe("Your PcnFlow summary for Thursday 2 April: 2 updates");
        digest.Text.ShouldNotBeNull().ShouldContain($"http://pcnflow.test/inbox/tasks/{confirm.Id}");
        digest.Text.ShouldContain($"http://pcnflow.test/inbox/tasks/{sign.Id}");
        digest.Text.ShouldContain("New task: Confirm the PCN's member practices");

        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 5, 6).AddMinutes(1));
        Smtp.WithKey($"escalation:{confirm.Id}:").ShouldHaveSingleItem().To.ShouldBe([World["lead"].Email!]);
        Smtp.Messages.Count(m => m.To.Contains(pm)).ShouldBe(1);
        await Factory.ShouldHaveSentNothingTwiceAsync(Smtp);
    }

    private static DateTimeOffset UkDigestTime(int year, int month, int day) =>
        PcnFlow.Engine.Calendar.UkTime.AtLocalTime(new DateOnly(year, month, day), new TimeOnly(7, 0));

    private Task<int> SetPreferenceAsync(string user, NotificationPreference preference) => Factory.QueryAsync(db =>
        db.Users.Where(u => u.Id == World[user].Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.NotificationPreference, preference)));
}
