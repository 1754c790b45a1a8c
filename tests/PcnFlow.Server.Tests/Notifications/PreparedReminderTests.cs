using System.Text.Json.Nodes;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Server.Jobs;

namespace PcnFlow.Server.Tests.Notifications;

/// <summary>
/// Reminders are prepared five minutes ahead (Notifications:PrepareAhead) and wait in the outbox for their time, when
/// one drain job sends every message then due. PCN A's "Confirm the PCN's member practices" has its first reminder at
/// 09:00 on Monday 27 April 2026.
/// </summary>
public sealed class PreparedReminderTests : MailWorldTests
{
    private static readonly DateTimeOffset Due = Pipeline.NineAm(2026, 4, 27);

    [Fact]
    public async Task A_reminder_is_written_ahead_of_its_time_and_sent_at_it_once_by_the_drain()
    {
        var instance = await Factory.StartSixStepAsync(World);
        var task = await Factory.TaskAsync(instance, "step1-confirm-practices");
        var sibling = await Factory.TaskAsync(instance, "step1-sign-agreement");

        await Factory.AdvanceToAsync(Due.AddMinutes(-1));

        var prepared = await MessagesAsync($"reminder:{task.Id}:0:");
        var message = prepared.ShouldHaveSingleItem();
        (message.Status, message.NextAttemptAt, message.RecipientUserId).ShouldBe((OutboxStatus.Pending, (DateTimeOffset?)Due, World["pmA"].Id));
        Smtp.WithKey($"reminder:{task.Id}:").ShouldBeEmpty();
        // The sibling task's reminder, due at the same instant, shares the one drain job planned for 09:00.
        var siblingMessage = (await MessagesAsync($"reminder:{sibling.Id}:0:")).ShouldHaveSingleItem();
        siblingMessage.JobId.ShouldBe(message.JobId);
        using (var connection = Factory.Services.GetRequiredService<JobStorage>().GetConnection())
            connection.GetJobData(message.JobId.ShouldNotBeNull()).ShouldNotBeNull().Job.Type.ShouldBe(typeof(OutboxDrainJob));

        await Factory.AdvanceToAsync(Due.AddSeconds(1));

        Smtp.WithKey($"reminder:{task.Id}:0:").ShouldHaveSingleItem().To.ShouldBe([World["pmA"].Email!]);
        Smtp.WithKey($"reminder:{sibling.Id}:0:").ShouldHaveSingleItem();
        (await MessagesAsync($"reminder:{task.Id}:0:")).ShouldHaveSingleItem().Status.ShouldBe(OutboxStatus.Sent);
        await Factory.ShouldHaveSentNothingTwiceAsync(Smtp);
    }

    [Fact]
    public async Task A_task_completed_after_its_reminder_was_prepared_gets_no_reminder_and_no_notification()
    {
        var instance = await Factory.StartSixStepAsync(World);
        var task = await Factory.TaskAsync(instance, "step1-confirm-practices");
        var sibling = await Factory.TaskAsync(instance, "step1-sign-agreement");
        await Factory.AdvanceToAsync(Due.AddMinutes(-1));
        var key = (await MessagesAsync($"reminder:{task.Id}:0:")).ShouldHaveSingleItem().Key;
        (await Factory.QueryAsync(db => db.InAppNotifications.CountAsync(n => n.Key == key))).ShouldBe(1);

        var fields = JsonNode.Parse("""{ "memberPractices": "Riverside Surgery (A81001)\nMill Lane Practice (A81002)", "registeredPopulation": 41000 }""")!.AsObject();
        await Factory.CompleteAsync(task.Id, fields, "pmA@test.pcnflow");
        await Factory.AdvanceToAsync(Due.AddMinutes(1));

        Smtp.WithKey($"reminder:{task.Id}:").ShouldBeEmpty();
        (await MessagesAsync($"reminder:{task.Id}:0:")).ShouldHaveSingleItem().Status.ShouldBe(OutboxStatus.Cancelled);
        (await Factory.QueryAsync(db => db.InAppNotifications.CountAsync(n => n.Key == key))).ShouldBe(0);
        // The sibling's reminder, prepared at the same moment, still went: time really passed 09:00.
        Smtp.WithKey($"reminder:{sibling.Id}:0:").ShouldHaveSingleItem();
        await Factory.ShouldHaveSentNothingTwiceAsync(Smtp);
    }

    [Fact]
    public async Task A_prepared_reminder_whose_drain_was_lost_is_sent_by_the_reconcile_job_once_due()
    {
        var instance = await Factory.StartSixStepAsync(World);
        var task = await Factory.TaskAsync(instance, "step1-confirm-practices");
        await Factory.AdvanceToAsync(Due.AddMinutes(-1));
        var message = (await MessagesAsync($"reminder:{task.Id}:0:")).ShouldHaveSingleItem();
        Factory.Services.GetRequiredService<IBackgroundJobClient>().Delete(message.JobId);

        await Factory.AdvanceToAsync(Due.AddSeconds(1));

        Smtp.WithKey($"reminder:{task.Id}:0:").ShouldHaveSingleItem();
        await Factory.ShouldHaveSentNothingTwiceAsync(Smtp);
    }

    private Task<List<OutboxMessage>> MessagesAsync(string prefix) => Factory.QueryAsync(db =>
        db.Outbox.AsNoTracking().Where(m => m.Channel == OutboxChannel.Email && m.Key.StartsWith(prefix)).ToListAsync());
}
