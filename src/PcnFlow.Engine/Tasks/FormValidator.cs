using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tasks;

/// <summary>Checks submitted fields against a form, returning one plain-English error per bad field.</summary>
public static class FormValidator
{
    /// <summary>Every problem with the submitted fields; empty when they are acceptable.</summary>
    public static IReadOnlyList<FieldError> Validate(FormSchema? form, JsonObject? fields)
    {
        var errors = new List<FieldError>();
        if (form == null)
            return errors;
        foreach (var field in form.Fields)
        {
            var value = fields?[field.Name];
            if (IsEmpty(value))
            {
                if (field.Required)
                    errors.Add(new FieldError(field.Name, field.Kind == FieldKinds.Checkbox ? $"Confirm '{field.Label}'." : $"Enter '{field.Label}'."));
                continue;
            }
            if (Check(field, value!) is { } message)
                errors.Add(new FieldError(field.Name, message));
        }
        return errors;
    }

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.False => true,
        JsonArray a => a.Count == 0,
        JsonObject o => o.Count == 0,
        _ => false,
    };

    private static string? Check(FormField field, JsonNode value) => field.Kind switch
    {
        FieldKinds.Text or FieldKinds.LongText => value.GetValueKind() == JsonValueKind.String ? null : $"'{field.Label}' must be text.",
        FieldKinds.Number => CheckNumber(field, value, wholeOnly: false),
        FieldKinds.Rating => CheckNumber(field, value, wholeOnly: true),
        FieldKinds.Date => Text(value) is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : $"'{field.Label}' must be a date, like 2019-07-01.",
        FieldKinds.Select => Text(value) is { } s && (field.Options?.Contains(s) ?? false) ? null : $"Choose one of the options for '{field.Label}'.",
        FieldKinds.MultiSelect => value is JsonArray a && a.All(i => Text(i) is { } s && (field.Options?.Contains(s) ?? false)) ? null : $"Choose from the options for '{field.Label}'.",
        FieldKinds.Checkbox => value.GetValueKind() == JsonValueKind.True ? null : $"'{field.Label}' must be ticked or left unticked.",
        FieldKinds.EvidenceLink => Text(value) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? null : $"'{field.Label}' must be a web link starting with https://.",
        FieldKinds.MaturityMatrix => CheckMatrix(field, value),
        _ => null,
    };

    private static string? CheckNumber(FormField field, JsonNode value, bool wholeOnly)
    {
        double number;
        // A JsonValue built in code wraps an int, long or decimal, which TryGetValue<double> refuses; its JSON text does not.
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            number = d;
        else if (Text(value) is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            number = parsed;
        else
            return $"'{field.Label}' must be a number.";
        var min = field.Min ?? (wholeOnly ? 1 : double.MinValue);
        var max = field.Max ?? (wholeOnly ? 5 : double.MaxValue);
        if (wholeOnly && number != Math.Floor(number))
            return $"'{field.Label}' must be a whole number.";
        if (number < min || number > max)
            return $"'{field.Label}' must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}.";
        return null;
    }

    private static string? CheckMatrix(FormField field, JsonNode value)
    {
        if (value is not JsonObject grid)
            return $"'{field.Label}' must give a level for each domain.";
        foreach (var domain in field.Domains ?? [])
        {
            var row = grid[domain] as JsonObject;
            var current = row == null ? null : Text(row["current"]);
            var target = row == null ? null : Text(row["target"]);
            if (current == null || target == null)
            {
                if (field.Required)
                    return $"Give the current and target level for '{domain}'.";
                continue;
            }
            var levels = field.Levels ?? [];
            if (!levels.Contains(current) || !levels.Contains(target))
                return $"The levels for '{domain}' must be one of: {string.Join(", ", levels)}.";
        }
        return null;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
