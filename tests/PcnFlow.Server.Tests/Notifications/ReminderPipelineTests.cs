using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Notifications;

/// <summary>
/// The reminder pipeline end to end: engine → scheduled work → Hangfire → outbox → MailKit → a real SMTP server,
/// on fake time. PCN A's "Confirm the PCN's member practices" is due Thursday 30 April 2026 (day 0 minus one
/// working day), with reminders three working days before and on the day, and escalation to the programme
/// lead five days after.
/// </summary>
public sealed class ReminderPipelineTests : IAsyncLifetime
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
    public async Task A_tasks_reminders_and_escalation_arrive_at_their_moments_and_not_before()
    {
        var instance = await _factory.StartSixStepAsync(_world);
        var task = await _factory.TaskAsync(instance, "step1-confirm-practices");
        task.DueDate.ShouldBe(new DateOnly(2026, 4, 30));
        var link = $"http://pcnflow.test/inbox/tasks/{task.Id}";
        var opened = _smtp.WithKey($"opened:{task.Id}:").ShouldHaveSingleItem();
        opened.To.ShouldBe([_world["pmA"].Email!]);
        opened.Text.ShouldNotBeNull().ShouldContain(link);

        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 27).AddMinutes(-1));
        _smtp.WithKey($"reminder:{task.Id}:").ShouldBeEmpty();
        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 27).AddMinutes(1));
        var first = _smtp.WithKey($"reminder:{task.Id}:0:").ShouldHaveSingleItem();
        first.To.ShouldBe([_world["pmA"].Email!]);
        first.Subject.ShouldBe("Reminder: Confirm the PCN's member practices is due on Thursday 30 April 2026");
        first.Text.ShouldNotBeNull().ShouldContain("Open the task: " + link);
        first.Html.ShouldNotBeNull().ShouldContain($"href=\"{link}\"");

        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 30).AddMinutes(-1));
        _smtp.WithKey($"reminder:{task.Id}:").Count.ShouldBe(1);
        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 30).AddMinutes(1));
        var onTheDay = _smtp.WithKey($"reminder:{task.Id}:1:").ShouldHaveSingleItem();
        onTheDay.Subject.ShouldBe("Reminder: Confirm the PCN's member practices is due today");
        onTheDay.To.ShouldBe([_world["pmA"].Email!]);

        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 5, 6).AddMinutes(-1));
        _smtp.WithKey($"escalation:{task.Id}:").ShouldBeEmpty();
        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 5, 6).AddMinutes(1));
        var escalation = _smtp.WithKey($"escalation:{task.Id}:").ShouldHaveSingleItem();
        escalation.To.ShouldBe([_world["lead"].Email!]);
        escalation.Subject.ShouldBe("Still open after its due date: Confirm the PCN's member practices (Riverside PCN)");
        escalation.Text.ShouldNotBeNull().ShouldContain(link);
        (await _factory.QueryAsync(db => db.Tasks.SingleAsync(t => t.Id == task.Id))).Escalated.ShouldBeTrue();

        _smtp.WithKey($"reminder:{task.Id}:").Count.ShouldBe(2);
        await _factory.ShouldHaveSentNothingTwiceAsync(_smtp);
    }

    [Fact]
    public async Task Nothing_arrives_for_a_task_after_it_is_completed()
    {
        var instance = await _factory.StartSixStepAsync(_world);
        var task = await _factory.TaskAsync(instance, "step1-confirm-practices");
        var sibling = await _factory.TaskAsync(instance, "step1-sign-agreement");

        // Parsed, as the API receives it.
        var fields = JsonNode.Parse("""{ "memberPractices": "Riverside Surgery (A81001)\nMill Lane Practice (A81002)", "registeredPopulation": 41000 }""")!.AsObject();
        await _factory.CompleteAsync(task.Id, fields, "pmA@test.pcnflow");
        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 5, 7));

        _smtp.WithKey($"reminder:{task.Id}:").ShouldBeEmpty();
        _smtp.WithKey($"escalation:{task.Id}:").ShouldBeEmpty();
        (await _factory.WorkForAsync(task.Id)).Where(w => w.Kind is ScheduledWorkKind.Reminder or ScheduledWorkKind.Escalation)
            .ShouldAllBe(w => w.Status == ScheduledWorkStatus.Cancelled);
        // The same owner's open task, on the same dates, was reminded: time really passed the reminders.
        _smtp.WithKey($"reminder:{sibling.Id}:").ShouldNotBeEmpty();
        await _factory.ShouldHaveSentNothingTwiceAsync(_smtp);
    }

    [Fact]
    public async Task A_digest_reader_gets_one_summary_a_day_instead_of_each_email_but_escalations_at_once()
    {
        await SetPreferenceAsync("pmA", NotificationPreference.DailyDigest);
        await SetPreferenceAsync("lead", NotificationPreference.DailyDigest);
        var instance = await _factory.StartSixStepAsync(_world);
        var confirm = await _factory.TaskAsync(instance, "step1-confirm-practices");
        var sign = await _factory.TaskAsync(instance, "step1-sign-agreement");
        var pm = _world["pmA"].Email!;
        _smtp.Messages.ShouldNotContain(m => m.To.Contains(pm));
        _smtp.WithKey($"opened:").ShouldNotBeEmpty();

        await _factory.AdvanceToAsync(UkDigestTime(2026, 4, 2));
        await _factory.RunDailyDigestAsync();
        await _factory.RunDailyDigestAsync();

        var digest = _smtp.Messages.Where(m => m.To.Contains(pm)).ShouldHaveSingleItem();
        digest.Subject.ShouldBe("Your PcnFlow summary for Thursday 2 April: 2 updates");
        digest.Text.ShouldNotBeNull().ShouldContain($"http://pcnflow.test/inbox/tasks/{confirm.Id}");
        digest.Text.ShouldContain($"http://pcnflow.test/inbox/tasks/{sign.Id}");
        digest.Text.ShouldContain("New task: Confirm the PCN's member practices");

        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 5, 6).AddMinutes(1));
        _smtp.WithKey($"escalation:{confirm.Id}:").ShouldHaveSingleItem().To.ShouldBe([_world["lead"].Email!]);
        _smtp.Messages.Count(m => m.To.Contains(pm)).ShouldBe(1);
        await _factory.ShouldHaveSentNothingTwiceAsync(_smtp);
    }

    private static DateTimeOffset UkDigestTime(int year, int month, int day) =>
        PcnFlow.Engine.Calendar.UkTime.AtLocalTime(new DateOnly(year, month, day), new TimeOnly(7, 0));

    private Task<int> SetPreferenceAsync(string user, NotificationPreference preference) => _factory.QueryAsync(db =>
        db.Users.Where(u => u.Id == _world[user].Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.NotificationPreference, preference)));
}
