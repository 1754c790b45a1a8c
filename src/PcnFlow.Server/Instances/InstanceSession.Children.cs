using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Instances;

internal sealed partial class InstanceSession
{
    private async Task StartChildAsync(LoadedInstance parent, ChildWorkflowRequested child, CancellationToken ct)
    {
        var version = await db.DefinitionVersions.AsNoTracking()
            .Where(v => v.DefinitionId == child.DefinitionId && v.IsPublished)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(ct);
        if (version == null)
        {
            parent.State.Incidents.Add(new Incident(child.ActivityId, null, $"The child workflow '{child.DefinitionId}' has no published version, so it was not started.", Now));
            return;
        }
        var owner = PersonalPlans.IsPersonal(version.Json) && parent.Record.PcnId is { } pcnId
            ? await db.RoleAssignments.Where(r => r.Role == AccessRoles.ClinicalDirector && r.OrganisationId == pcnId).Select(r => (Guid?)r.UserId).FirstOrDefaultAsync(ct)
            : null;
        var options = new StartOptions
        {
            InstanceId = child.ChildInstanceId,
            Input = child.Input,
            CorrelationId = child.CorrelationId,
            ParentInstanceId = parent.Id,
            PcnName = LiteralConverter.ToText(child.Input.GetValueOrDefault("pcnName")) ?? parent.State.PcnName,
            Actor = Actor,
        };
        await StartAsync(version, options, new InstanceScopeIds(parent.Record.PcnId, parent.Record.IcsId, owner), ct);
    }

    private async Task ResumeWaitingParentAsync(LoadedInstance child, CancellationToken ct)
    {
        var parent = await LoadAsync(child.Record.ParentInstanceId!, ct);
        var bookmark = parent?.State.Bookmarks.Find(b => b.Kind == BookmarkKinds.ChildWorkflow && b.Key == child.Id);
        if (parent != null && bookmark != null)
            await ResumeAsync(parent, bookmark.Id, new ResumeInput { Payload = WorkflowOutput.ToJson(child.State) }, "system", ct);
    }

    private async Task DeliverEventAsync(EventPublished published, string? sourceInstanceId, CancellationToken ct)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        if (published.LocalOnly)
        {
            if (sourceInstanceId != null)
                candidates.Add(sourceInstanceId);
        }
        else
        {
            var query = db.Bookmarks.AsNoTracking().Where(b => b.Kind == BookmarkKinds.Event && b.Key == published.Name);
            if (published.CorrelationId != null)
                query = query.Where(b => b.CorrelationId == published.CorrelationId);
            candidates.UnionWith(await query.Select(b => b.InstanceId).Distinct().ToListAsync(ct));
            candidates.UnionWith(_loaded.Keys);
        }
        foreach (var id in candidates)
        {
            var instance = await LoadAsync(id, ct);
            if (instance == null || (published.CorrelationId != null && instance.State.CorrelationId != published.CorrelationId))
                continue;
            foreach (var bookmark in instance.State.Bookmarks.Where(b => b.Kind == BookmarkKinds.Event && b.Key == published.Name).ToList())
                await ResumeAsync(instance, bookmark.Id, new ResumeInput { Payload = published.Payload }, "system", ct);
        }
    }

    /// <summary>Publishes an event from outside any instance, e.g. the events API.</summary>
    public Task PublishAsync(string name, object? payload, string? correlationId, CancellationToken ct = default) =>
        DeliverEventAsync(new EventPublished(name, payload, correlationId, LocalOnly: false), null, ct);
}
