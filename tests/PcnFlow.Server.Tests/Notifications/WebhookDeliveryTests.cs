using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Notifications;

public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private readonly PcnFlowAppFactory _factory = new PcnFlowAppFactory().With("Notifications:MaxAttempts", "3");
    private WebhookReceiver _hook = null!;
    private TestWorld _world = null!;

    public async Task InitializeAsync()
    {
        _hook = await WebhookReceiver.StartAsync();
        _world = await TestWorld.CreateAsync(_factory);
        await _factory.QueryAsync(db => db.Organisations.Where(o => o.Id == _world.PcnA.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.WebhookUrl, _hook.Url)));
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _hook.DisposeAsync();
    }

    [Fact]
    public async Task Each_new_task_is_posted_once_as_json_with_a_text_field_teams_and_slack_accept()
    {
        var instance = await _factory.StartSixStepAsync(_world);
        var task = await _factory.TaskAsync(instance, "step1-confirm-practices");

        var rows = await WebhookRowsAsync();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.Status == OutboxStatus.Sent && r.Attempts == 1);
        _hook.Posts.Count.ShouldBe(rows.Count);
        _hook.Posts.Select(p => p.Key).ShouldBeUnique();
        var post = _hook.Posts.Single(p => p.Key == $"opened:{task.Id}:webhook:{_world.PcnA.Id}");
        using var json = JsonDocument.Parse(post.Body);
        var text = json.RootElement.GetProperty("text").GetString().ShouldNotBeNull();
        text.ShouldContain("Confirm the PCN's member practices");
        text.ShouldContain($"http://pcnflow.test/inbox/tasks/{task.Id}");

        await _factory.AdvanceAsync(TimeSpan.FromHours(1));
        _hook.Posts.Count.ShouldBe(rows.Count);
    }

    [Fact]
    public async Task A_failing_hook_is_retried_with_back_off_and_then_marked_failed()
    {
        _hook.StatusCode = 500;
        await _factory.StartSixStepAsync(_world);
        var rows = await WebhookRowsAsync();
        rows.ShouldNotBeEmpty();
        _hook.Posts.Count.ShouldBe(rows.Count);
        rows.ShouldAllBe(r => r.Status == OutboxStatus.Pending && r.Attempts == 1 && r.LastError!.Contains("500"));

        await _factory.AdvanceAsync(TimeSpan.FromSeconds(25));
        _hook.Posts.Count.ShouldBe(rows.Count);
        await _factory.AdvanceAsync(TimeSpan.FromSeconds(10));
        _hook.Posts.Count.ShouldBe(2 * rows.Count);
        (await WebhookRowsAsync()).ShouldAllBe(r => r.Status == OutboxStatus.Pending && r.Attempts == 2);

        await _factory.AdvanceAsync(TimeSpan.FromSeconds(50));
        _hook.Posts.Count.ShouldBe(2 * rows.Count);
        await _factory.AdvanceAsync(TimeSpan.FromSeconds(15));
        _hook.Posts.Count.ShouldBe(3 * rows.Count);

        await _factory.AdvanceAsync(TimeSpan.FromHours(2));
        _hook.Posts.Count.ShouldBe(3 * rows.Count);
        var failed = await WebhookRowsAsync();
        failed.ShouldAllBe(r => r.Status == OutboxStatus.Failed && r.Attempts == 3 && r.LastError!.Contains("500") && r.SentAt == null);
    }

    private Task<List<OutboxMessage>> WebhookRowsAsync() => _factory.QueryAsync(db =>
        db.Outbox.AsNoTracking().Where(m => m.Channel == OutboxChannel.Webhook && m.Key.StartsWith("opened:")).ToListAsync());
}
