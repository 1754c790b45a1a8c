using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Instances;
using PcnFlow.Persistence.Notifications;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Adds messages to the outbox inside the caller's transaction. Each key is written once: a key already
/// present means the message was already planned, and the unique index stops a concurrent duplicate.
/// </summary>
internal sealed class OutboxWriter(PcnFlowDbContext db, RecipientResolver recipients, NotificationComposer composer, TimeProvider time)
{
    public List<OutboxMessage> Added { get; } = [];

    public NotificationComposer Composer => composer;

    public Task<IReadOnlyList<Recipient>> RecipientsAsync(WorkflowInstanceRecord instance, string role, Guid? assignee, CancellationToken ct) =>
        recipients.ResolveAsync(instance, role, assignee, ct);

    public async Task AddActivityNotificationAsync(WorkflowInstanceRecord instance, string key, NotificationRequested request, CancellationToken ct)
    {
        foreach (var role in request.To)
        {
            foreach (var to in await recipients.ResolveAsync(instance, role, null, ct))
                await AddEmailAsync($"{key}:{to.UserId}", to, composer.Activity(request.Subject, request.Body, to), instance.Id, null, null, ct);
        }
        await AddWebhookAsync(instance, key, request.Subject, request.Body, null, ct);
    }

    // notBefore: when the message may go (a reminder prepared ahead of its time); null for now.
    public async Task<bool> AddEmailAsync(
        string key, Recipient to, ComposedMessage message, string? instanceId, Guid? taskId, string? link, CancellationToken ct, bool urgent = false, DateTimeOffset? notBefore = null)
    {
        if (await ExistsAsync(key, ct))
            return false;
        var now = time.GetUtcNow();
        var held = !urgent && to.Preference == NotificationPreference.DailyDigest;
        var row = new OutboxMessage
        {
            Key = key,
            Channel = OutboxChannel.Email,
            RecipientUserId = to.UserId,
            To = to.Email,
            Subject = message.Subject,
            BodyText = message.Text,
            BodyHtml = message.Html,
            CalendarIcs = message.Ics,
            Link = link,
            InstanceId = instanceId,
            TaskId = taskId,
            Status = held ? OutboxStatus.HeldForDigest : OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = Later(now, notBefore),
            Revision = 1,
        };
        db.Outbox.Add(row);
        if (!held)
            Added.Add(row);
        db.InAppNotifications.Add(new InAppNotification { Key = key, UserId = to.UserId, Title = message.Subject, Body = message.Text, Link = link, CreatedAt = now });
        return true;
    }

    public async Task AddWebhookAsync(
        WorkflowInstanceRecord instance, string key, string title, string text, string? link, CancellationToken ct, Guid? taskId = null, DateTimeOffset? notBefore = null)
    {
        var orgIds = new[] { instance.PcnId, instance.IcsId }.Where(id => id != null).ToList();
        var hooks = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id) && o.WebhookUrl != null).Select(o => new { o.Id, o.WebhookUrl }).ToListAsync(ct);
        foreach (var hook in hooks)
        {
            var hookKey = $"{key}:webhook:{hook.Id}";
            if (await ExistsAsync(hookKey, ct))
                continue;
            // The Teams/Slack incoming-webhook shape: both accept a JSON object with a "text" field.
            var body = JsonSerializer.Serialize(new { text = $"**{title}**\n\n{text}" + (link == null ? "" : $"\n\n{link}"), title, link, instanceId = instance.Id });
            var row = new OutboxMessage
            {
                Key = hookKey,
                Channel = OutboxChannel.Webhook,
                To = hook.WebhookUrl!,
                Subject = title,
                BodyText = body,
                Link = link,
                InstanceId = instance.Id,
                TaskId = taskId,
                Status = OutboxStatus.Pending,
                CreatedAt = time.GetUtcNow(),
                NextAttemptAt = Later(time.GetUtcNow(), notBefore),
                Revision = 1,
            };
            db.Outbox.Add(row);
            Added.Add(row);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset now, DateTimeOffset? notBefore) => notBefore is { } at && at > now ? at : now;

    private async Task<bool> ExistsAsync(string key, CancellationToken ct) =>
        db.Outbox.Local.Any(m => m.Key == key) || await db.Outbox.AnyAsync(m => m.Key == key, ct);
}
