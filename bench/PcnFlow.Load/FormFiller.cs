using System.Globalization;
using System.Text.Json.Nodes;

namespace PcnFlow.Load;

/// <summary>
/// Valid answers for any task form, read from the form the server returns (GET /api/tasks/{id}), so every field
/// kind the workflows use is filled the way a person would: text, numbers in range, dates, options, links, grids.
/// </summary>
public static class FormFiller
{
    public static JsonObject Fill(JsonNode? form, DateOnly date)
    {
        var answers = new JsonObject();
        foreach (var field in form?["fields"]?.AsArray() ?? [])
        {
            if (field?["name"]?.GetValue<string>() is not { } name)
                continue;
            answers[name] = Value(field, date);
        }
        return answers;
    }

    private static JsonNode? Value(JsonNode field, DateOnly date)
    {
        var options = field["options"]?.AsArray().Select(o => o!.GetValue<string>()).ToList() ?? [];
        var min = field["min"]?.GetValue<double>();
        var max = field["max"]?.GetValue<double>();
        return field["kind"]?.GetValue<string>() switch
        {
            "text" => "Load test answer",
            "longText" => "A longer answer written during the load benchmark, as a person would type it into the form.",
            "number" => Math.Min(min ?? 1, max ?? double.MaxValue),
            "rating" => (int)Math.Min(Math.Max(min ?? 1, 3), max ?? 5),
            "date" => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "select" => options.FirstOrDefault(),
            "multiSelect" => new JsonArray(options.Take(1).Select(o => (JsonNode)o).ToArray()),
            "checkbox" => true,
            "evidenceLink" => "https://evidence.example.nhs.uk/load-benchmark",
            "maturityMatrix" => Matrix(field),
            _ => null,
        };
    }

    private static JsonObject Matrix(JsonNode field)
    {
        var levels = field["levels"]?.AsArray().Select(l => l!.GetValue<string>()).ToList() ?? [];
        var grid = new JsonObject();
        foreach (var domain in field["domains"]?.AsArray() ?? [])
        {
            grid[domain!.GetValue<string>()] = new JsonObject
            {
                ["current"] = levels.FirstOrDefault(),
                ["target"] = levels.LastOrDefault(),
                ["evidence"] = "Load benchmark evidence",
                ["supportNeed"] = "None",
            };
        }
        return grid;
    }
}
