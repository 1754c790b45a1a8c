using System.Text.Json.Nodes;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Activities;

/// <summary>Reads list-valued inputs written as JSON arrays or comma-separated text.</summary>
internal static class ListValues
{
    public static IReadOnlyList<string> Strings(object? value) => value switch
    {
        null => [],
        JsonArray array => [.. array.Select(n => LiteralConverter.ToText(LiteralConverter.FromJson(n)) ?? "").Where(s => s.Length > 0)],
        string text when text.TrimStart().StartsWith('[') && TryParseArray(text) is { } array => Strings(array),
        string text => [.. text.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        _ => [LiteralConverter.ToText(value) ?? ""],
    };

    public static List<object?> Items(object? value) => value switch
    {
        null => [],
        JsonArray array => [.. array.Select(LiteralConverter.FromJson)],
        string text when text.TrimStart().StartsWith('[') => Items(JsonNode.Parse(text)),
        string text => [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        _ => [value],
    };

    // Elsa writes list inputs (branches, outcomes) as JSON text inside a Literal expression.
    private static JsonArray? TryParseArray(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonArray;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
