using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Definitions;

namespace PcnFlow.Server.Instances;

/// <summary>Compiled definitions by version row. A version's JSON never changes once published, so entries never go stale.</summary>
internal sealed class BlueprintCache(WorkflowEngine engine)
{
    private readonly ConcurrentDictionary<(Guid Id, long Revision), WorkflowBlueprint> _compiled = new();

    public WorkflowBlueprint Get(DefinitionVersion version) =>
        _compiled.GetOrAdd((version.Id, version.Revision), _ => engine.Compile(WorkflowDefinitionReader.ReadOrThrow(version.Json)));

    /// <summary>
    /// The compiled version by row id. Only the row's revision is read while it is cached: the definition's JSON
    /// (about 100 KB for the six steps) is read from the database only to compile it.
    /// </summary>
    public async Task<WorkflowBlueprint> GetAsync(PcnFlowDbContext db, Guid versionId, CancellationToken ct)
    {
        var revision = await db.DefinitionVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => (long?)v.Revision).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"There is no definition version {versionId}.");
        if (_compiled.TryGetValue((versionId, revision), out var compiled))
            return compiled;
        return Get(await db.DefinitionVersions.AsNoTracking().FirstAsync(v => v.Id == versionId, ct));
    }
}
