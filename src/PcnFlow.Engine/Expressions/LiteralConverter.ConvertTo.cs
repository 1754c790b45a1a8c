using System.Text.Json;
using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Expressions;

public static partial class LiteralConverter
{
    /// <summary>
    /// Converts a value, typically a definition's initial value written as text (<c>"0"</c>, <c>"True"</c>), to the plain
    /// value an Elsa type name calls for. Numbers of every width become <see cref="double"/>; <c>Object</c> and array
    /// types parse JSON text into a <see cref="JsonNode"/>; unknown type names leave the value as it is.
    /// </summary>
    /// <param name="value">The value to convert.</param>
    /// <param name="typeName">An Elsa type name such as <c>String</c>, <c>Int32</c>, <c>Boolean</c>, <c>DateTime</c>, <c>Object</c> or <c>String[]</c>.</param>
    /// <returns>The converted value; <c>null</c> for null, and for empty text unless the type is <c>String</c>.</returns>
    /// <exception cref="FormatException">The value cannot be read as the type.</exception>
    public static object? ConvertTo(object? value, string? typeName)
    {
        if (value is JsonValue json)
        {
            value = FromJson(json);
        }

        var type = NormaliseTypeName(typeName);
        if (value is null || (value is string { Length: 0 } && type != "string"))
        {
            return type == "string" ? value : null;
        }

        return type switch
        {
            "string" or "char" or "guid" or "timespan" or "timeonly" => ToText(value),
            "sbyte" or "byte" or "int16" or "uint16" or "int32" or "uint32" or "int64" or "uint64" or "short" or "int" or "long" =>
                RequireWholeNumber(value),
            "double" or "single" or "float" or "decimal" or "number" => ToNumber(value) ?? throw NotA(value, "a number"),
            "boolean" or "bool" => RequireBoolean(value),
            "datetime" or "datetimeoffset" or "dateonly" => ToDateTime(value) ?? throw NotA(value, "a date"),
            _ when IsArrayType(type) => RequireArray(value),
            "" or "object" or "jsonobject" or "jsonnode" or "jsonelement" or "expandoobject" or "dynamic" => ToStructured(value),
            _ => value is JsonNode node ? node.DeepClone() : value,
        };
    }

    private static string NormaliseTypeName(string? typeName)
    {
        var name = (typeName ?? string.Empty).Trim().TrimEnd('?');
        var generic = name.IndexOfAny(['<', '[', '`']);
        var lastDot = generic < 0 ? name.LastIndexOf('.') : name.LastIndexOf('.', generic);
        return name[(lastDot + 1)..].ToLowerInvariant();
    }

    private static bool IsArrayType(string type) =>
        type.EndsWith("[]", StringComparison.Ordinal)
        || type is "jsonarray" or "array"
        || type.StartsWith("list", StringComparison.Ordinal)
        || type.StartsWith("ilist", StringComparison.Ordinal)
        || type.StartsWith("ienumerable", StringComparison.Ordinal)
        || type.StartsWith("icollection", StringComparison.Ordinal);

    private static double RequireWholeNumber(object value)
    {
        var number = ToNumber(value) ?? throw NotA(value, "a whole number");
        return number == Math.Floor(number) ? number : throw NotA(value, "a whole number");
    }

    private static bool RequireBoolean(object value)
    {
        if (value is not string text)
        {
            return ToBoolean(value);
        }

        if (bool.TryParse(text.Trim(), out var flag))
        {
            return flag;
        }

        return ParseNumber(text) is { } number ? IsTruthy(number) : throw NotA(value, "true or false");
    }

    private static JsonNode RequireArray(object value) => value switch
    {
        JsonArray array => array.DeepClone(),
        string text when ParseJson(text) is JsonArray array => array,
        _ => throw NotA(value, "a JSON array"),
    };

    private static object ToStructured(object value) => value switch
    {
        string text when text.TrimStart() is ['{', ..] or ['[', ..] => ParseJson(text) ?? throw NotA(value, "JSON"),
        JsonNode node => node.DeepClone(),
        _ => value,
    };

    private static JsonNode? ParseJson(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static FormatException NotA(object value, string what) =>
        new($"'{ToText(value)}' is not {what}.");
}
