using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Definitions;
using PcnFlow.Persistence.Instances;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Instances;

/// <summary>
/// One unit of work over one or more instances: load, run the engine, turn its effects into task, bookmark,
/// schedule, outbox and journal rows, and save all of it with a single SaveChanges, which is one transaction.
/// Each instance row carries a revision, so a concurrent writer fails rather than overwriting.
/// </summary>
internal sealed partial class InstanceSession(
    PcnFlowDbContext db,
    WorkflowEngine engine,
    BlueprintCache blueprints,
    OutboxWriter outbox,
    TimeProvider time)
{
    private readonly Dictionary<string, LoadedInstance> _loaded = new(StringComparer.Ordinal);
    private readonly Queue<Func<Task>> _work = new();

    public PcnFlowDbContext Db => db;
    public OutboxWriter Outbox => outbox;
    public List<ScheduledWork> NewWork { get; } = [];
    public List<OutboxMessage> NewOutbox => outbox.Added;
    public DateTimeOffset Now => time.GetUtcNow();
    public int LoadedCount => _loaded.Count;

    public async Task<LoadedInstance?> LoadAsync(string instanceId, CancellationToken ct = default)
    {
        if (_loaded.TryGetValue(instanceId, out var loaded))
            return loaded;
        var record = await db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (record == null)
            return null;
        var blueprint = await blueprints.GetAsync(db, record.DefinitionVersionId, ct);
        var bookmarks = await db.Bookmarks.Where(b => b.InstanceId == instanceId).ToListAsync(ct);
        loaded = new LoadedInstance(record, WorkflowStateSerializer.Deserialize(record.StateJson), blueprint, bookmarks);
        _loaded[instanceId] = loaded;
        return loaded;
    }

    public async Task<LoadedInstance> StartAsync(DefinitionVersion version, StartOptions options, InstanceScopeIds scope, CancellationToken ct = default)
    {
        var blueprint = blueprints.Get(version);
        var result = engine.Start(blueprint, options);
        var state = result.State;
        var record = new WorkflowInstanceRecord
        {
            Id = state.InstanceId,
            DefinitionId = version.DefinitionId,
            DefinitionVersion = version.Version,
            DefinitionVersionId = version.Id,
            StateJson = "",
            PcnId = scope.PcnId,
            IcsId = scope.IcsId,
            OwnerUserId = scope.OwnerUserId,
            ParentInstanceId = options.ParentInstanceId,
            Day0 = state.Day0,
            CreatedAt = Now,
        };
        db.Instances.Add(record);
        var loaded = new LoadedInstance(record, state, blueprint, []) { Changed = true };
        _loaded[record.Id] = loaded;
        await ApplyAsync(loaded, result.Effects, ct);
        return loaded;
    }

    public async Task<ResumeResult> ResumeAsync(LoadedInstance instance, string bookmarkId, ResumeInput input, string actor, CancellationToken ct = default)
    {
        var result = engine.Resume(instance.Blueprint, instance.State, bookmarkId, input, actor);
        if (result.Resume.Status == ResumeStatus.Resumed)
        {
            instance.Changed = true;
            await ApplyAsync(instance, result.Effects, ct);
        }
        return result.Resume;
    }

    public async Task CancelAsync(LoadedInstance instance, string actor, string? reason, CancellationToken ct = default)
    {
        var result = engine.Cancel(instance.Blueprint, instance.State, actor, reason);
        instance.Changed = true;
        await ApplyAsync(instance, result.Effects, ct);
    }

    /// <summary>Runs queued follow-up work (children, events, parents waiting on children) and saves everything.</summary>
    public async Task SaveAsync(CancellationToken ct = default)
    {
        while (_work.Count > 0)
            await _work.Dequeue()();
        foreach (var instance in _loaded.Values.Where(i => i.Changed))
            await SyncAsync(instance, ct);
        await db.SaveChangesAsync(ct);
    }
}
