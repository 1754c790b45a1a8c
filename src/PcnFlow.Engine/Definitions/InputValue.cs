using System.Text.Json;
using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Definitions;

/// <summary>
/// An activity input: <c>{typeName, expression:{type, value}}</c>. The value is kept as raw JSON because
/// <c>Object</c> expressions may hold either a JSON string or inline JSON.
/// </summary>
public sealed class InputValue
{
    /// <summary>The declared CLR-ish type name, e.g. <c>String</c>, <c>Boolean</c>, <c>Object</c>.</summary>
    public string? TypeName { get; init; }

    /// <summary>The expression type: <c>Literal</c>, <c>Object</c>, <c>JavaScript</c> or <c>Liquid</c>.</summary>
    public string ExpressionType { get; init; } = ExpressionTypes.Literal;

    /// <summary>The expression value as written.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>Other properties (e.g. <c>memoryReference</c>), kept verbatim.</summary>
    public JsonObject Extras { get; init; } = [];

    /// <summary>The value as text: strings as they are, anything else as JSON; null when absent.</summary>
    public string? Text => Value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => Value.ToJsonString(),
    };

    /// <summary>Whether two inputs are written the same way (same expression type and value); two absent inputs are the same.</summary>
    public static bool SameAs(InputValue? a, InputValue? b) =>
        a == null ? b == null : b != null && a.ExpressionType == b.ExpressionType && JsonNode.DeepEquals(a.Value, b.Value);

    /// <summary>Creates a literal input.</summary>
    public static InputValue Literal(string value, string typeName = "String") =>
        new() { TypeName = typeName, ExpressionType = ExpressionTypes.Literal, Value = JsonValue.Create(value) };

    /// <summary>Creates a JavaScript input.</summary>
    public static InputValue JavaScript(string script, string typeName = "Object") =>
        new() { TypeName = typeName, ExpressionType = ExpressionTypes.JavaScript, Value = JsonValue.Create(script) };
}
