using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Notifications;

public sealed class SmtpOutageTests : MailWorldTests
{
    [Fact]
    public async Task Reminders_due_while_the_mail_server_is_down_are_retried_with_back_off_and_delivered_once_when_it_is_back()
    {
        var instance = await Factory.StartSixStepAsync(World);
        var task = await Factory.TaskAsync(instance, "step1-confirm-practices");
        var before = Smtp.Messages.Count;
        await Smtp.StopAsync();

        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 27).AddMinutes(1));
        var waiting = await ReminderRowsAsync();
        waiting.ShouldNotBeEmpty();
        waiting.ShouldAllBe(m => m.Status == OutboxStatus.Pending && m.Attempts == 1 && m.LastError != null && m.SentAt == null);
        waiting.ShouldContain(m => m.Key.StartsWith($"reminder:{task.Id}:0:", StringComparison.Ordinal));

        await Smtp.StartAsync();
        await Factory.AdvanceAsync(TimeSpan.FromSeconds(20));
        Smtp.Messages.Count.ShouldBe(before);
        (await ReminderRowsAsync()).ShouldAllBe(m => m.Attempts == 1);

        await Factory.AdvanceAsync(TimeSpan.FromSeconds(15));
        var delivered = await ReminderRowsAsync();
        delivered.ShouldAllBe(m => m.Status == OutboxStatus.Sent && m.Attempts == 2);
        Smtp.Messages.Count.ShouldBe(before + waiting.Count);
        Smtp.WithKey($"reminder:{task.Id}:0:").ShouldHaveSingleItem().To.ShouldBe([World["pmA"].Email!]);

        await Factory.AdvanceAsync(TimeSpan.FromHours(2));
        Smtp.Messages.Count.ShouldBe(before + waiting.Count);
        await Factory.ShouldHaveSentNothingTwiceAsync(Smtp);
    }

    private Task<List<OutboxMessage>> ReminderRowsAsync() => Factory.QueryAsync(db =>
        db.Outbox.AsNoTracking().Where(m => m.Channel == OutboxChannel.Email && m.Key.StartsWith("reminder:")).ToListAsync());
}
