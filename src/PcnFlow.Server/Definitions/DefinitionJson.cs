using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence.Definitions;

namespace PcnFlow.Server.Definitions;

/// <summary>
/// Reads a request body as Elsa 3 JSON and checks it with the engine, and writes stored versions back out.
/// The stored JSON is the body as sent, except the version bookkeeping (version, isLatest, isPublished),
/// which always reflects the row so an exported file says which version it is.
/// </summary>
internal static partial class DefinitionJson
{
    // The API writes definitions back out as JSON, which ASP.NET Core refuses past 64 levels; real definitions use about 10.
    private const int MaxNesting = 48;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, MaxDepth = 256 };
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };

    public static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct);
    }

    /// <summary>The definition, or every problem that stops it being saved (shape, engine validation, our own limits).</summary>
    public static (ParsedDefinition? Parsed, IReadOnlyList<DefinitionProblem> Problems) Read(string text, WorkflowEngine engine)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (null, [new DefinitionProblem(null, "$", "The request has no workflow definition in its body.", "empty-body")]);
        var read = WorkflowDefinitionReader.Read(text);
        if (read.Definition is not { } definition)
            return (null, read.Problems);
        var problems = new List<DefinitionProblem>();
        if (!DefinitionIdPattern().IsMatch(definition.DefinitionId))
            problems.Add(new DefinitionProblem(null, "$.definitionId", "The definitionId must be 1 to 100 letters, digits, dots, dashes or underscores, starting with a letter or digit.", "bad-definition-id"));
        if (definition.Name is { Length: > 200 })
            problems.Add(new DefinitionProblem(null, "$.name", "The name must be 200 characters or fewer.", "name-too-long"));
        var json = (JsonObject)JsonNode.Parse(text, documentOptions: Lenient)!;
        if (Deepest(json, "$", 0) is { Depth: > MaxNesting } deepest)
            problems.Add(new DefinitionProblem(null, deepest.Path, $"The definition is nested more than {MaxNesting} levels deep here; flatten it.", "too-deep"));
        else
            problems.AddRange(engine.Validate(definition));
        if (problems.Count > 0)
            return (null, problems);
        json["definitionId"] = definition.DefinitionId;
        return (new ParsedDefinition(definition, json), []);
    }

    /// <summary>The JSON to store for a new or updated version row.</summary>
    public static string ToStored(ParsedDefinition parsed, int version, bool isPublished)
    {
        var json = (JsonObject)parsed.Json.DeepClone();
        Stamp(json, version, isLatest: true, isPublished);
        return json.ToJsonString(Indented);
    }

    /// <summary>A stored version as Elsa JSON, with its bookkeeping as it is now.</summary>
    public static JsonObject ToOutput(DefinitionVersion row)
    {
        var json = (JsonObject)JsonNode.Parse(row.Json, documentOptions: Lenient)!;
        Stamp(json, row.Version, row.IsLatest, row.IsPublished);
        return json;
    }

    public static string ToExport(DefinitionVersion row) => ToOutput(row).ToJsonString(Indented);

    private static (int Depth, string Path) Deepest(JsonNode? node, string path, int depth)
    {
        var children = node switch
        {
            JsonObject obj => obj.Select(p => (p.Value, $"{path}.{p.Key}")),
            JsonArray array => array.Select((v, i) => (v, $"{path}[{i}]")),
            _ => [],
        };
        var deepest = (depth, path);
        foreach (var (child, childPath) in children)
        {
            // Past the limit the rest does not matter, and stopping keeps the walk short.
            var found = depth > MaxNesting ? (depth, path) : Deepest(child, childPath, depth + 1);
            if (found.Item1 > deepest.depth)
                deepest = found;
        }
        return deepest;
    }

    private static void Stamp(JsonObject json, int version, bool isLatest, bool isPublished)
    {
        json["version"] = version;
        json["isLatest"] = isLatest;
        json["isPublished"] = isPublished;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex DefinitionIdPattern();
}
