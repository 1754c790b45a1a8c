using System.Text.Json.Nodes;

namespace PcnFlow.Server.Tests.Definitions;

/// <summary>The workflows shipped in <c>workflows/</c>, as copied next to the tests, and edits of them.</summary>
public static class ShippedWorkflows
{
    public const string SixSteps = "six-step-development-support";
    public const string First100Days = "first-100-days";

    public static string Text(string definitionId) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", definitionId + ".json"));

    public static JsonObject Json(string definitionId) => (JsonObject)JsonNode.Parse(Text(definitionId))!;

    /// <summary>A copy of the six steps under another id, so it is a new definition.</summary>
    public static JsonObject Renamed(string definitionId, string name)
    {
        var json = Json(SixSteps);
        json["definitionId"] = definitionId;
        json["id"] = definitionId + "-v1";
        json["name"] = name;
        return json;
    }

    public static JsonObject Activity(JsonObject definition, string activityId) =>
        definition["root"]!["activities"]!.AsArray().Select(a => a!.AsObject()).Single(a => a["id"]!.GetValue<string>() == activityId);

    /// <summary>The six steps with one activity given a type the engine does not know.</summary>
    public static JsonObject WithUnknownType(JsonObject definition, string activityId)
    {
        Activity(definition, activityId)["type"] = "PcnFlow.NoSuchActivity";
        return definition;
    }

    /// <summary>A literal input of an activity set to <paramref name="value"/>, e.g. a task title.</summary>
    public static JsonObject WithLiteral(JsonObject definition, string activityId, string input, string value)
    {
        Activity(definition, activityId)[input]!["expression"]!["value"] = value;
        return definition;
    }
}
