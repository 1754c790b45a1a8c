using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Tasks;

/// <summary>One form field. See <see cref="FieldKinds"/> for the kinds.</summary>
public sealed class FormField
{
    /// <summary>The field name used in submitted data.</summary>
    public required string Name { get; set; }

    /// <summary>The label shown to people.</summary>
    public required string Label { get; set; }

    /// <summary>The kind of field.</summary>
    public required string Kind { get; set; }

    /// <summary>Whether a value is needed to complete the task.</summary>
    public bool Required { get; set; }

    /// <summary>Help text.</summary>
    public string? Hint { get; set; }

    /// <summary>Choices for select and multi-select fields.</summary>
    public List<string>? Options { get; set; }

    /// <summary>The smallest number (or rating) allowed.</summary>
    public double? Min { get; set; }

    /// <summary>The largest number (or rating) allowed.</summary>
    public double? Max { get; set; }

    /// <summary>The rows of a maturity-matrix grid.</summary>
    public List<string>? Domains { get; set; }

    /// <summary>The ordered levels of a maturity-matrix grid.</summary>
    public List<string>? Levels { get; set; }

    internal static FormField? Parse(JsonNode? node, int index, Action<string, string> problem)
    {
        if (node is not JsonObject obj)
        {
            problem($"Form field {index + 1} is not an object.", "");
            return null;
        }
        var name = Text(obj, "name");
        var kind = FieldKinds.Normalise(Text(obj, "kind") ?? Text(obj, "type"));
        if (string.IsNullOrWhiteSpace(name))
        {
            problem($"Form field {index + 1} has no name.", ".name");
            return null;
        }
        if (kind == null)
        {
            problem($"Form field '{name}' has the kind '{Text(obj, "kind")}'; use one of {string.Join(", ", FieldKinds.All)}.", ".kind");
            return null;
        }
        var field = new FormField
        {
            Name = name,
            Label = Text(obj, "label") ?? name,
            Kind = kind,
            Required = obj["required"] is JsonValue r && r.TryGetValue<bool>(out var required) && required,
            Hint = Text(obj, "hint"),
            Options = List(obj["options"]),
            Min = Number(obj["min"]),
            Max = Number(obj["max"]),
            Domains = List(obj["domains"]),
            Levels = List(obj["levels"]),
        };
        if (kind is FieldKinds.Select or FieldKinds.MultiSelect && (field.Options == null || field.Options.Count == 0))
            problem($"The choice field '{name}' has no options.", ".options");
        if (kind == FieldKinds.MaturityMatrix && (field.Domains is not { Count: > 0 } || field.Levels is not { Count: > 0 }))
            problem($"The maturity matrix '{name}' needs its domains and levels.", ".domains");
        return field;
    }

    private static string? Text(JsonObject obj, string key) => obj[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static double? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    private static List<string>? List(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n?.ToJsonString() ?? "")] : null;
}
