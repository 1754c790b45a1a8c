using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// Converts between the plain values expressions exchange: <c>null</c>, <see cref="string"/>, <see cref="bool"/>,
/// <see cref="double"/> (other number types are accepted), <see cref="DateTimeOffset"/> and
/// <see cref="JsonNode"/> for objects and arrays.
/// </summary>
public static partial class LiteralConverter
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    /// <summary>Turns a JSON value into a plain value: strings, numbers (as <see cref="double"/>) and booleans become CLR values; objects and arrays are cloned.</summary>
    /// <param name="node">The JSON to convert.</param>
    /// <returns>The plain value, or <c>null</c> for JSON null.</returns>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value => FromJsonValue(value),
        _ => node.DeepClone(),
    };

    /// <summary>
    /// Decides whether a value counts as true: <c>null</c>, <c>false</c>, zero, NaN, the empty string, <c>"false"</c>
    /// and <c>"0"</c> are false; everything else is true.
    /// </summary>
    /// <param name="value">The value to test.</param>
    /// <returns>Whether the value counts as true.</returns>
    public static bool ToBoolean(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text when bool.TryParse(text.Trim(), out var parsed) => parsed,
        string text when ParseNumber(text) is { } number => IsTruthy(number),
        string text => text.Length > 0,
        JsonValue json => ToBoolean(FromJson(json)),
        JsonNode => true,
        _ => ToNumber(value) is not { } number || IsTruthy(number),
    };

    /// <summary>
    /// Writes a value as text: numbers in the invariant culture without a trailing <c>.0</c>, dates as ISO 8601,
    /// booleans as <c>true</c>/<c>false</c>, JSON objects and arrays as JSON.
    /// </summary>
    /// <param name="value">The value to write.</param>
    /// <returns>The text, or <c>null</c> when <paramref name="value"/> is null.</returns>
    public static string? ToText(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset moment => moment.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        DateTime moment => ToText(ToDateTime(moment)),
        DateOnly date => date.ToString(DateFormat, CultureInfo.InvariantCulture),
        JsonValue json => ToText(FromJson(json)),
        JsonNode json => json.ToJsonString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Reads a value as a number: numbers as they are, booleans as 1 or 0, numeric text in the invariant culture.</summary>
    /// <param name="value">The value to read.</param>
    /// <returns>The number, or <c>null</c> when the value is not a number.</returns>
    public static double? ToNumber(object? value) => value switch
    {
        double number => number,
        sbyte or byte or short or ushort or int or uint or long or ulong or float or decimal =>
            Convert.ToDouble(value, CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        string text => ParseNumber(text),
        JsonValue json => ToNumber(FromJson(json)),
        _ => null,
    };

    /// <summary>Reads a value as a point in time. Text may be an ISO date (<c>2024-03-05</c>, taken as UTC midnight) or date-time.</summary>
    /// <param name="value">The value to read.</param>
    /// <returns>The point in time, or <c>null</c> when the value is not a date.</returns>
    public static DateTimeOffset? ToDateTime(object? value) => value switch
    {
        DateTimeOffset moment => moment,
        DateTime { Kind: DateTimeKind.Unspecified } moment => new DateTimeOffset(DateTime.SpecifyKind(moment, DateTimeKind.Utc)),
        DateTime moment => new DateTimeOffset(moment),
        DateOnly date => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        string text => ParseDateTime(text.Trim()),
        JsonValue json => ToDateTime(FromJson(json)),
        _ => null,
    };

    private static object? FromJsonValue(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                if (value.TryGetValue<string>(out var text))
                {
                    return text;
                }

                // A JsonValue built from a CLR date keeps the date; anything else stored as a string goes through its JSON text.
                return value.TryGetValue<DateTimeOffset>(out var moment) ? moment : JsonNode.Parse(value.ToJsonString())!.GetValue<string>();
            case JsonValueKind.Number:
                return value.TryGetValue<double>(out var number)
                    ? number
                    : double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    private static bool IsTruthy(double number) => number != 0 && !double.IsNaN(number);

    private static double? ParseNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static DateTimeOffset? ParseDateTime(string text)
    {
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) ? moment : null;
    }
}
