using System.Globalization;
using System.Text.Json.Nodes;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Hosting;

/// <summary>Fills a form with valid example answers, so a programme can be run end to end without people.</summary>
public static class SampleAnswers
{
    /// <summary>Valid values for every field of the form.</summary>
    public static JsonObject For(FormSchema? form, DateOnly today)
    {
        var fields = new JsonObject();
        foreach (var field in form?.Fields ?? [])
            fields[field.Name] = Value(field, today);
        return fields;
    }

    private static JsonNode? Value(FormField field, DateOnly today) => field.Kind switch
    {
        FieldKinds.Number => field.Min ?? 1,
        FieldKinds.Rating => field.Max ?? 5,
        FieldKinds.Date => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldKinds.Select => field.Options?.FirstOrDefault(),
        FieldKinds.MultiSelect => new JsonArray(field.Options?.Take(1).Select(o => (JsonNode?)o).ToArray() ?? []),
        FieldKinds.Checkbox => true,
        FieldKinds.EvidenceLink => "https://evidence.example.nhs.uk/" + field.Name,
        FieldKinds.MaturityMatrix => Matrix(field),
        _ => $"Example {field.Label.ToLowerInvariant()}",
    };

    private static JsonObject Matrix(FormField field)
    {
        var grid = new JsonObject();
        var levels = field.Levels ?? [];
        foreach (var domain in field.Domains ?? [])
        {
            grid[domain] = new JsonObject
            {
                ["current"] = levels.FirstOrDefault(),
                ["target"] = levels.Skip(1).FirstOrDefault() ?? levels.FirstOrDefault(),
                ["evidence"] = "Example evidence",
                ["supportNeed"] = "Example support need",
            };
        }
        return grid;
    }
}
