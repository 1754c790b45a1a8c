using System.Collections.Concurrent;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence.Definitions;

namespace PcnFlow.Server.Instances;

/// <summary>Compiled definitions by version row. A version's JSON never changes once published, so entries never go stale.</summary>
internal sealed class BlueprintCache(WorkflowEngine engine)
{
    private readonly ConcurrentDictionary<(Guid Id, long Revision), WorkflowBlueprint> _compiled = new();

    public WorkflowBlueprint Get(DefinitionVersion version) =>
        _compiled.GetOrAdd((version.Id, version.Revision), _ => engine.Compile(WorkflowDefinitionReader.ReadOrThrow(version.Json)));
}
