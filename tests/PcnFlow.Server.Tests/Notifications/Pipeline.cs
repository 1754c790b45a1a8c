using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Notifications;

/// <summary>Shared steps for the reminder-pipeline tests: the six-step programme for PCN A with day 0 on Friday 1 May 2026.</summary>
internal static class Pipeline
{
    public static readonly DateOnly Day0 = new(2026, 5, 1);

    public static PcnFlowAppFactory WithSmtp(this PcnFlowAppFactory factory, SmtpServerFixture smtp) => factory
        .With("Notifications:SmtpHost", "127.0.0.1")
        .With("Notifications:SmtpPort", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .With("Notifications:SmtpStartTls", "false");

    /// <summary>09:00 in London on the given day, when reminders and escalations go out.</summary>
    public static DateTimeOffset NineAm(int year, int month, int day) => UkTime.AtLocalTime(new DateOnly(year, month, day), new TimeOnly(9, 0));

    public static async Task<string> StartSixStepAsync(this PcnFlowAppFactory factory, TestWorld world)
    {
        using var scope = factory.Services.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<InstanceCommands>().StartAsync(
            new StartProgramme("six-step-development-support", null, world.PcnA.Id, Day0, null, null), "lead@test.pcnflow");
        started.Status.ShouldBe(CommandStatus.Ok);
        await factory.SettleAsync();
        return started.Value!;
    }

    public static async Task<TaskRecord> TaskAsync(this PcnFlowAppFactory factory, string instanceId, string activityId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        return await db.Tasks.AsNoTracking().SingleAsync(t => t.InstanceId == instanceId && t.ActivityId == activityId && t.State == TaskState.Open);
    }

    public static async Task<T> QueryAsync<T>(this PcnFlowAppFactory factory, Func<PcnFlowDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>());
    }

    public static async Task CompleteAsync(this PcnFlowAppFactory factory, Guid taskId, JsonObject fields, string actor)
    {
        using var scope = factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<InstanceCommands>().CompleteTaskAsync(taskId, new ResumeInput { Fields = fields }, actor);
        result.Status.ShouldBe(CommandStatus.Ok, string.Join("; ", result.Errors));
        await factory.SettleAsync();
    }

    /// <summary>Moves the clock to <paramref name="at"/> and lets everything due by then run.</summary>
    public static Task AdvanceToAsync(this PcnFlowAppFactory factory, DateTimeOffset at)
    {
        var by = at - factory.Time.GetUtcNow();
        by.ShouldBeGreaterThan(TimeSpan.Zero);
        return factory.AdvanceAsync(by);
    }

    /// <summary>Runs the daily digest as its 07:00 recurring schedule would (Hangfire's recurring jobs follow the real clock, not the fake one).</summary>
    public static async Task RunDailyDigestAsync(this PcnFlowAppFactory factory)
    {
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DailyDigestJob>().ExecuteAsync(CancellationToken.None);
        await factory.SettleAsync();
    }

    public static IReadOnlyList<SmtpMessage> WithKey(this SmtpServerFixture smtp, string prefix) =>
        [.. smtp.Messages.Where(m => m.Key != null && m.Key.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>(c) Every message arrived once: unique keys and message ids, one per sent email in the outbox.</summary>
    public static async Task ShouldHaveSentNothingTwiceAsync(this PcnFlowAppFactory factory, SmtpServerFixture smtp)
    {
        var messages = smtp.Messages;
        messages.ShouldNotBeEmpty();
        messages.ShouldAllBe(m => m.Key != null && m.MessageId != null);
        messages.Select(m => m.Key).ShouldBeUnique();
        messages.Select(m => m.MessageId).ShouldBeUnique();
        var sent = await factory.QueryAsync(db => db.Outbox.Where(m => m.Channel == OutboxChannel.Email && m.Status == OutboxStatus.Sent).Select(m => m.Key).ToListAsync());
        messages.Select(m => m.Key).OrderBy(k => k, StringComparer.Ordinal).ShouldBe(sent.OrderBy(k => k, StringComparer.Ordinal));
    }

    public static Task<List<ScheduledWork>> WorkForAsync(this PcnFlowAppFactory factory, Guid taskId) =>
        factory.QueryAsync(db => db.ScheduledWork.AsNoTracking().Where(w => w.TaskId == taskId).ToListAsync());
}
