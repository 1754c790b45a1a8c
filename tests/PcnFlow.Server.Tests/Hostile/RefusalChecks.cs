using System.Net;
using System.Text.Json.Nodes;

namespace PcnFlow.Server.Tests.Hostile;

/// <summary>
/// What an answer to a mutated definition must look like. Returns what is wrong with it, or null: no 5xx, and every
/// refusal is problem details whose errors each name a location (a JSON path or an activity id).
/// </summary>
public static class RefusalChecks
{
    // Problems about the document as a whole, which the whole document ("$") is the right location for.
    private static readonly HashSet<string> WholeDocumentCodes = ["invalid-json", "not-an-object", "empty-body"];

    public static string? Validate(HttpStatusCode status, string? mediaType, string body, bool overLimit)
    {
        if (overLimit)
            return TooLarge(status, mediaType);
        if (status != HttpStatusCode.OK)
            return $"validate answered {(int)status}, expected 200";
        var report = JsonNode.Parse(body)!.AsObject();
        var problems = report["problems"]!.AsArray();
        if (report["valid"]!.GetValue<bool>() != (problems.Count == 0))
            return "validate's 'valid' disagrees with its problem list";
        return problems.Select(p => Located(p!.AsObject())).FirstOrDefault(e => e != null);
    }

    public static string? Import(HttpStatusCode status, string? mediaType, string body, bool overLimit, bool validated)
    {
        if (overLimit)
            return TooLarge(status, mediaType);
        if (status is HttpStatusCode.OK or HttpStatusCode.Created)
            return validated ? null : "import saved a definition that validate refused";
        if (status != HttpStatusCode.BadRequest)
            return $"import answered {(int)status}";
        if (validated)
            return "import refused a definition that validate accepted";
        if (mediaType != "application/problem+json")
            return $"import's refusal is {mediaType}, not problem details";
        var problem = JsonNode.Parse(body)!.AsObject();
        if (problem["errors"] is not JsonObject errors || errors.Count == 0)
            return "import's refusal has no errors";
        if (errors.Any(e => string.IsNullOrWhiteSpace(e.Key) || e.Value is not JsonArray { Count: > 0 } messages || messages.Any(m => string.IsNullOrWhiteSpace(m?.GetValue<string>()))))
            return $"import's refusal has an error without a location or message: {errors.ToJsonString()[..Math.Min(300, errors.ToJsonString().Length)]}";
        return problem["problems"]!.AsArray().Select(p => Located(p!.AsObject())).FirstOrDefault(e => e != null);
    }

    private static string? TooLarge(HttpStatusCode status, string? mediaType) =>
        status == HttpStatusCode.RequestEntityTooLarge && mediaType == "application/problem+json" ? null : $"a body over the limit answered {(int)status} {mediaType}";

    private static string? Located(JsonObject problem)
    {
        var path = problem["jsonPath"]?.GetValue<string>();
        var activity = problem["activityId"]?.GetValue<string>();
        var code = problem["code"]?.GetValue<string>() ?? "";
        var message = problem["message"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(message))
            return $"a problem ({code}) has no message";
        if (!string.IsNullOrWhiteSpace(activity) || (path is { Length: > 1 } && path.StartsWith('$')))
            return null;
        if (path == "$" && WholeDocumentCodes.Contains(code))
            return code == "invalid-json" && !message.Contains("line", StringComparison.Ordinal) ? $"invalid JSON reported without a line: {message}" : null;
        return $"a problem ({code}: {message}) names no location (path '{path}', activity '{activity}')";
    }
}
