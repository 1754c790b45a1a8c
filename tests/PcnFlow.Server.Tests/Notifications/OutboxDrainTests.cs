using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Tests.Notifications;

/// <summary>
/// The drain that sends a due instant's messages: claimed a hundred at a time, sent several at once, and the "Sent"
/// marks written together after the SMTP server accepted each message.
/// </summary>
public sealed class OutboxDrainTests : MailWorldTests
{
    [Fact]
    public async Task A_drain_sends_every_due_message_once_across_batches_and_marks_each_sent()
    {
        var now = Factory.Time.GetUtcNow();
        await AddAsync(Enumerable.Range(0, 250).Select(i => Email($"drain:{i}", now)));
        await AddAsync([Email("drain:later", now.AddMinutes(1))]);

        var sent = await DrainAsync();

        // The host's own reconcile job (every real minute) may hand a few of these rows to single deliveries meanwhile;
        // each row is claimed once either way, so what matters is that every message went exactly once.
        sent.ShouldBeInRange(1, 250);
        var arrived = await ArrivedAsync(250);
        arrived.Select(m => m.Key).ShouldBeUnique();
        Smtp.WithKey("drain:later").ShouldBeEmpty();
        var rows = await RowsAsync("drain:");
        rows.Where(r => r.Key != "drain:later").ShouldAllBe(r => r.Status == OutboxStatus.Sent && r.Attempts == 1 && r.SentAt == now && r.LastError == null);
        rows.Single(r => r.Key == "drain:later").Status.ShouldBe(OutboxStatus.Pending);
        await Factory.ShouldHaveSentNothingTwiceAsync(Smtp);
    }

    [Fact]
    public async Task Two_drains_at_once_split_the_messages_and_send_none_twice()
    {
        var now = Factory.Time.GetUtcNow();
        await AddAsync(Enumerable.Range(0, 400).Select(i => Email($"drain:{i}", now)));

        var counts = await Task.WhenAll(DrainAsync(), DrainAsync());

        // As above, the host's reconcile job may take a few rows meanwhile; never the same row as a drain.
        counts.Sum().ShouldBeInRange(1, 400);
        var arrived = await ArrivedAsync(400);
        arrived.Select(m => m.Key).ShouldBeUnique();
        (await RowsAsync("drain:")).ShouldAllBe(r => r.Status == OutboxStatus.Sent && r.Attempts == 1);
        await Factory.ShouldHaveSentNothingTwiceAsync(Smtp);
    }

    [Fact]
    public async Task A_message_the_drain_cannot_deliver_backs_off_and_the_rest_still_go()
    {
        var now = Factory.Time.GetUtcNow();
        // Port 1 on this machine refuses connections, so the post fails at once.
        var webhook = Email("drain:hook", now);
        webhook.Channel = OutboxChannel.Webhook;
        webhook.To = "http://127.0.0.1:1/hook";
        await AddAsync([webhook, Email("drain:mail", now)]);

        // At most the one mail: the host's reconcile job may have handed it to a single delivery meanwhile.
        (await DrainAsync()).ShouldBeInRange(0, 1);

        Smtp.WithKey("drain:mail").ShouldHaveSingleItem();
        var hook = (await RowsAsync("drain:hook")).ShouldHaveSingleItem();
        (hook.Status, hook.Attempts, hook.NextAttemptAt).ShouldBe((OutboxStatus.Pending, 1, (DateTimeOffset?)now.AddSeconds(30)));
        hook.LastError.ShouldNotBeNullOrEmpty();
        hook.JobId.ShouldNotBeNull();
        (await RowsAsync("drain:mail")).ShouldHaveSingleItem().Status.ShouldBe(OutboxStatus.Sent);
    }

    [Fact]
    public async Task A_drain_takes_back_a_dead_senders_expired_claims_and_sends_them_but_leaves_live_claims_alone()
    {
        var now = Factory.Time.GetUtcNow();
        // Claimed by a sender that died half a minute ago (its lease ended ten seconds ago), and claimed just now.
        var dead = Email("drain:dead", now.AddSeconds(-30));
        (dead.Status, dead.NextAttemptAt) = (OutboxStatus.Sending, now.AddSeconds(-10));
        var live = Email("drain:live", now);
        (live.Status, live.NextAttemptAt) = (OutboxStatus.Sending, now.AddSeconds(15));
        await AddAsync([dead, live]);

        (await DrainAsync()).ShouldBe(1);

        (await ArrivedAsync(1)).ShouldHaveSingleItem().Key.ShouldBe("drain:dead");
        var sent = (await RowsAsync("drain:dead")).ShouldHaveSingleItem();
        (sent.Status, sent.Attempts).ShouldBe((OutboxStatus.Sent, 2));
        sent.LastError.ShouldStartWith(NotificationDelivery.InterruptedMarker);
        (await RowsAsync("drain:live")).ShouldHaveSingleItem().Status.ShouldBe(OutboxStatus.Sending);
    }

    [Fact]
    public async Task A_drain_job_picked_up_seconds_early_waits_for_its_instant_then_sends()
    {
        // Hangfire keeps a scheduled job's time in whole seconds, so a drain can start more than its lead ahead.
        var instant = Factory.Time.GetUtcNow().AddSeconds(3);
        await AddAsync(Enumerable.Range(0, 5).Select(i => Email($"drain:{i}", instant)));

        var run = DrainJob().ExecuteAsync(instant, CancellationToken.None);
        await Task.Delay(300);

        run.IsCompleted.ShouldBeFalse("the drain should wait for its instant, not find nothing due and finish");
        Smtp.WithKey("drain:").ShouldBeEmpty();
        Factory.Time.Advance(TimeSpan.FromSeconds(3));
        await run.WaitAsync(TimeSpan.FromSeconds(30));
        (await ArrivedAsync(5)).Select(m => m.Key).ShouldBeUnique();
    }

    [Fact]
    public async Task A_drain_job_started_long_before_its_instant_plans_itself_again_instead_of_holding_a_worker()
    {
        // Only a clock set back does this: the resilience tests' second burst falls at the same 09:00 as the first.
        var instant = Factory.Time.GetUtcNow().AddMinutes(1);

        await DrainJob().ExecuteAsync(instant, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        var scheduled = Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 1000);
        scheduled.ShouldContain(j => j.Value.Job.Type == typeof(OutboxDrainJob) && Equals(j.Value.Job.Args[0], instant));
    }

    private static OutboxMessage Email(string key, DateTimeOffset due) => new()
    {
        Key = key,
        Channel = OutboxChannel.Email,
        To = "cd@test.pcnflow",
        Subject = $"Reminder {key}",
        BodyText = "Please complete your task.",
        BodyHtml = "<p>Please complete your task.</p>",
        Status = OutboxStatus.Pending,
        CreatedAt = due.AddMinutes(-2),
        NextAttemptAt = due,
        Revision = 1,
    };

    private async Task AddAsync(IEnumerable<OutboxMessage> messages)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync();
    }

    private OutboxDrainJob DrainJob() => ActivatorUtilities.CreateInstance<OutboxDrainJob>(Factory.Services);

    private async Task<int> DrainAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDrain>().RunAsync(CancellationToken.None);
    }

    // Waits (bounded, in real time) for this test's messages; a single delivery may still be finishing after a drain returns.
    private async Task<IReadOnlyList<SmtpMessage>> ArrivedAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Smtp.WithKey("drain:").Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        var arrived = Smtp.WithKey("drain:");
        arrived.Count.ShouldBe(count);
        return arrived;
    }

    private Task<List<OutboxMessage>> RowsAsync(string prefix) =>
        Factory.QueryAsync(db => db.Outbox.AsNoTracking().Where(m => m.Key.StartsWith(prefix)).ToListAsync());
}
