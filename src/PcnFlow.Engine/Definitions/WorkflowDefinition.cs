using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Definitions;

/// <summary>
/// One version of a workflow definition in Elsa 3's JSON shape. Properties the engine does not use are
/// kept verbatim in <see cref="Extras"/> so an export writes back what was imported.
/// </summary>
public sealed class WorkflowDefinition
{
    /// <summary>The id of this version.</summary>
    public required string Id { get; init; }

    /// <summary>The id shared by every version of the definition.</summary>
    public required string DefinitionId { get; init; }

    /// <summary>The name shown to people.</summary>
    public string? Name { get; init; }

    /// <summary>Free text; the programmes use it to record design choices.</summary>
    public string? Description { get; init; }

    /// <summary>The version number, starting at 1.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Whether this is the newest version.</summary>
    public bool IsLatest { get; init; } = true;

    /// <summary>Whether this version can start instances.</summary>
    public bool IsPublished { get; init; } = true;

    /// <summary>Workflow variables with their initial values.</summary>
    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    /// <summary>Declared workflow inputs.</summary>
    public IReadOnlyList<InputDefinition> Inputs { get; init; } = [];

    /// <summary>The root activity, normally an <c>Elsa.Flowchart</c>.</summary>
    public required ActivityDefinition Root { get; init; }

    /// <summary>Top-level properties kept verbatim (createdAt, toolVersion, options, ...).</summary>
    public JsonObject Extras { get; init; } = [];

    /// <summary>Every activity in the definition, depth first, root included.</summary>
    public IEnumerable<ActivityDefinition> AllActivities() => Root.SelfAndDescendants();
}
