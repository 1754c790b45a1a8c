using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Definitions;

/// <summary>A workflow variable with its initial value, as in Elsa 3 JSON.</summary>
public sealed class VariableDefinition
{
    /// <summary>The variable id.</summary>
    public string? Id { get; init; }

    /// <summary>The variable name used by expressions (<c>getX()</c>, <c>variables.X</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The type name, e.g. <c>Int32</c>, <c>String</c>, <c>Object</c>.</summary>
    public string TypeName { get; init; } = "Object";

    /// <summary>The initial value as written (Elsa writes it as a string).</summary>
    public JsonNode? Value { get; init; }

    /// <summary>Other properties kept verbatim.</summary>
    public JsonObject Extras { get; init; } = [];
}
