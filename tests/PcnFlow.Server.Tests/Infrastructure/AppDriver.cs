using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Tests.Infrastructure;

/// <summary>Moves fake time forward and lets the real Hangfire server in the app do what has fallen due.</summary>
public static class AppDriver
{
    /// <summary>Advances time, runs the reconcile job (as its recurring schedule would) and waits until the due work and outbox are done.</summary>
    public static async Task AdvanceAsync(this PcnFlowAppFactory factory, TimeSpan by)
    {
        factory.Time.Advance(by);
        await factory.SettleAsync();
    }

    public static async Task SettleAsync(this PcnFlowAppFactory factory)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using (var scope = factory.Services.CreateScope())
                await scope.ServiceProvider.GetRequiredService<ReconcileJob>().ExecuteAsync(CancellationToken.None);
            // Waiting for real worker threads to finish real work, not for simulated time to pass.
            await Task.Delay(50);
            using var check = factory.Services.CreateScope();
            var db = check.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
            var now = factory.Time.GetUtcNow();
            // A reminder's job runs PrepareAhead before it is due, so a reminder due that soon is work to wait for too.
            var reminderDue = now + check.ServiceProvider.GetRequiredService<IOptions<NotificationOptions>>().Value.PrepareAhead;
            var busy = await db.ScheduledWork.AnyAsync(w => w.Status == ScheduledWorkStatus.Pending
                    && (w.DueAt <= now || (w.Kind == ScheduledWorkKind.Reminder && w.DueAt <= reminderDue)))
                || await db.Outbox.AnyAsync(m => (m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now)) || m.Status == OutboxStatus.Sending);
            if (!busy)
                return;
            if (DateTime.UtcNow > deadline)
            {
                var work = await db.ScheduledWork.Where(w => w.Status == ScheduledWorkStatus.Pending && w.DueAt <= now).Select(w => w.Key + " job " + w.JobId).ToListAsync();
                var outbox = await db.Outbox.Where(m => (m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now)) || m.Status == OutboxStatus.Sending)
                    .Select(m => m.Key + " " + m.Status + " attempts " + m.Attempts + " job " + m.JobId + " " + m.LastError).ToListAsync();
                throw new TimeoutException($"Due work did not finish within 60 seconds. Work: {string.Join("; ", work)}. Outbox: {string.Join("; ", outbox)}");
            }
        }
    }
}
