using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Server.Instances;

internal sealed partial class InstanceCommands
{
    /// <summary>
    /// Publishes an event from outside the programmes and returns how many instances it resumed. With
    /// <paramref name="icsIds"/>, only PCN programmes (and shared personal plans) of those ICSs are reached, so a
    /// lead's event never moves another ICS's work; null reaches every instance, for admins.
    /// </summary>
    public Task<int> PublishEventAsync(string name, JsonNode? payload, string? correlationId, string actor, IReadOnlyCollection<Guid>? icsIds, CancellationToken ct = default) =>
        unitOfWork.RunAsync(actor, async (session, token) =>
        {
            var db = session.Db;
            var waiting = db.Bookmarks.AsNoTracking().Where(b => b.Kind == BookmarkKinds.Event && b.Key == name);
            if (correlationId != null)
                waiting = waiting.Where(b => b.CorrelationId == correlationId);
            if (icsIds != null)
            {
                var ids = icsIds.ToList();
                waiting = waiting.Where(b => db.Instances.Any(i => i.Id == b.InstanceId && i.IcsId != null && ids.Contains(i.IcsId.Value) && (i.OwnerUserId == null || i.SharedWithLead)));
            }
            var resumed = 0;
            foreach (var id in await waiting.Select(b => b.InstanceId).Distinct().OrderBy(i => i).ToListAsync(token))
            {
                var instance = await session.LoadAsync(id, token);
                if (instance == null || (correlationId != null && instance.State.CorrelationId != correlationId))
                    continue;
                var any = false;
                foreach (var bookmark in instance.State.Bookmarks.Where(b => b.Kind == BookmarkKinds.Event && b.Key == name).ToList())
                    any |= (await session.ResumeAsync(instance, bookmark.Id, new ResumeInput { Payload = payload?.DeepClone() }, actor, token)).Status == ResumeStatus.Resumed;
                if (any)
                    resumed++;
            }
            return resumed;
        }, ct);
}
