using Hangfire;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Calendar;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// Gathers each digest reader's held messages into one email a day, so a CD who chose the digest is not
/// flooded. The digest's key is the person and the date, so a repeated run sends nothing more.
/// </summary>
internal sealed class DailyDigestJob(PcnFlowDbContext db, NotificationComposer composer, JobPlanner planner, TimeProvider time)
{
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = UkTime.Today(now);
        var held = await db.Outbox.Where(m => m.Status == OutboxStatus.HeldForDigest && m.RecipientUserId != null).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var added = new List<OutboxMessage>();
        foreach (var group in held.GroupBy(m => m.RecipientUserId!.Value))
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == group.Key, cancellationToken);
            if (user?.Email == null)
                continue;
            var key = $"digest:{user.Id}:{today:yyyy-MM-dd}";
            if (await db.Outbox.AnyAsync(m => m.Key == key, cancellationToken))
                continue;
            var items = group.ToList();
            var message = composer.Digest(items, new Recipient(user.Id, user.Email, user.DisplayName, user.NotificationPreference), today);
            var digest = new OutboxMessage
            {
                Key = key,
                Channel = OutboxChannel.Email,
                RecipientUserId = user.Id,
                To = user.Email,
                Subject = message.Subject,
                BodyText = message.Text,
                BodyHtml = message.Html,
                Status = OutboxStatus.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
                Revision = 1,
            };
            db.Outbox.Add(digest);
            added.Add(digest);
            foreach (var item in items)
            {
                item.Status = OutboxStatus.Digested;
                item.Revision++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await planner.PlanAsync([], added, cancellationToken);
    }
}
