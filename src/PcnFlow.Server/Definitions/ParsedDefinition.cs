using System.Text.Json.Nodes;
using PcnFlow.Engine.Definitions;

namespace PcnFlow.Server.Definitions;

/// <summary>A definition that passed validation, with the JSON it came from (kept so export gives back what was imported).</summary>
internal sealed record ParsedDefinition(WorkflowDefinition Definition, JsonObject Json)
{
    public string DefinitionId => Definition.DefinitionId;
    public string Name => Definition.Name ?? Definition.DefinitionId;
}
