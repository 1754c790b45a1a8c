using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Definitions;

/// <summary>A declared workflow input (<c>getX()</c> and <c>getInput('X')</c> read it).</summary>
public sealed class InputDefinition
{
    /// <summary>The input name.</summary>
    public required string Name { get; init; }

    /// <summary>The type name.</summary>
    public string TypeName { get; init; } = "Object";

    /// <summary>Other properties kept verbatim.</summary>
    public JsonObject Extras { get; init; } = [];
}
