using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Definitions;

/// <summary>
/// An activity as written in Elsa 3 JSON: identity, inputs (<c>{typeName, expression}</c> objects),
/// optional children and connections, and everything else kept verbatim.
/// </summary>
public sealed class ActivityDefinition
{
    /// <summary>The activity id, unique within the workflow.</summary>
    public required string Id { get; init; }

    /// <summary>The activity type name, e.g. <c>Elsa.WriteLine</c> or <c>PcnFlow.HumanTask</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The activity type version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The optional activity name.</summary>
    public string? Name { get; init; }

    /// <summary>Inputs by property name, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, InputValue>> Inputs { get; init; } = [];

    /// <summary>Children of a flowchart or sequence; null for other activities.</summary>
    public IReadOnlyList<ActivityDefinition>? Activities { get; init; }

    /// <summary>Connections of a flowchart; null for other activities.</summary>
    public IReadOnlyList<ConnectionDefinition>? Connections { get; init; }

    /// <summary>The body of a container such as <c>Elsa.FlowNode</c> or <c>Elsa.ForEach</c>.</summary>
    public ActivityDefinition? Body { get; init; }

    /// <summary>Designer metadata (position, size, display text), kept verbatim.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>Custom properties, kept verbatim.</summary>
    public JsonObject? CustomProperties { get; init; }

    /// <summary>Other properties kept verbatim (e.g. <c>variable</c>, <c>cases</c>, <c>start</c>).</summary>
    public JsonObject Extras { get; init; } = [];

    /// <summary>Where the activity sits in the source JSON, e.g. <c>$.root.activities[3]</c>.</summary>
    public string JsonPath { get; init; } = "$";

    /// <summary>The input with the given name (case-insensitive), or null.</summary>
    public InputValue? Input(string name)
    {
        foreach (var (key, value) in Inputs)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return value;
        }
        return null;
    }

    /// <summary>This activity, then all nested activities depth first.</summary>
    public IEnumerable<ActivityDefinition> SelfAndDescendants()
    {
        yield return this;
        if (Activities != null)
        {
            foreach (var child in Activities)
            {
                foreach (var nested in child.SelfAndDescendants())
                    yield return nested;
            }
        }
        if (Body != null)
        {
            foreach (var nested in Body.SelfAndDescendants())
                yield return nested;
        }
    }

    /// <summary>A short label for messages: the display text, name or id.</summary>
    public string Label =>
        Metadata?["displayText"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? Metadata["displayText"]!.GetValue<string>()
            : Name ?? Id;
}
