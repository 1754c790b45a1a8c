using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Notifications;

public sealed class SmtpOutageTests : IAsyncLifetime
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
    public async Task Reminders_due_while_the_mail_server_is_down_are_retried_with_back_off_and_delivered_once_when_it_is_back()
    {
        var instance = await _factory.StartSixStepAsync(_world);
        var task = await _factory.TaskAsync(instance, "step1-confirm-practices");
        var before = _smtp.Messages.Count;
        await _smtp.StopAsync();

        await _factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 27).AddMinutes(1));
        var waiting = await ReminderRowsAsync();
        waiting.ShouldNotBeEmpty();
        waiting.ShouldAllBe(m => m.Status == OutboxStatus.Pending && m.Attempts == 1 && m.LastError != null && m.SentAt == null);
        waiting.ShouldContain(m => m.Key.StartsWith($"reminder:{task.Id}:0:", StringComparison.Ordinal));

        await _smtp.StartAsync();
        await _factory.AdvanceAsync(TimeSpan.FromSeconds(20));
        _smtp.Messages.Count.ShouldBe(before);
        (await ReminderRowsAsync()).ShouldAllBe(m => m.Attempts == 1);

        await _factory.AdvanceAsync(TimeSpan.FromSeconds(15));
        var delivered = await ReminderRowsAsync();
        delivered.ShouldAllBe(m => m.Status == OutboxStatus.Sent && m.Attempts == 2);
        _smtp.Messages.Count.ShouldBe(before + waiting.Count);
        _smtp.WithKey($"reminder:{task.Id}:0:").ShouldHaveSingleItem().To.ShouldBe([_world["pmA"].Email!]);

        await _factory.AdvanceAsync(TimeSpan.FromHours(2));
        _smtp.Messages.Count.ShouldBe(before + waiting.Count);
        await _factory.ShouldHaveSentNothingTwiceAsync(_smtp);
    }

    private Task<List<OutboxMessage>> ReminderRowsAsync() => _factory.QueryAsync(db =>
        db.Outbox.AsNoTracking().Where(m => m.Channel == OutboxChannel.Email && m.Key.StartsWith("reminder:")).ToListAsync());
}
