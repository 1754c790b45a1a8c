using System.Net;
using System.Text.Json.Nodes;
using PcnFlow.Server.Tests.Definitions;

namespace PcnFlow.Server.Tests.Migration;

/// <summary>
/// A small programme of clinical director tasks one after another, published through the API as successive
/// versions. Each step is (id, title, due rule, reminders); a null title keeps the id's default.
/// </summary>
internal static class ThreeSteps
{
    public const string Id = "three-steps";
    public const string Url = "/api/workflow-definitions/" + Id;

    public static readonly (string Id, string Title, string Due, string[] Reminders)[] Version1 =
    [
        ("step1", "Agree the PCN's priorities", "D+10", ["-P3D"]),
        ("step2", "Write the development plan", "D+20", ["-P3D"]),
        ("step3", "Share the plan with practices", "D+30", ["-P3D"]),
    ];

    public static JsonObject Json(IEnumerable<(string Id, string Title, string Due, string[] Reminders)> steps)
    {
        var list = steps.ToList();
        var activities = new JsonArray(new JsonObject { ["type"] = "Elsa.Start", ["id"] = "start" });
        var connections = new JsonArray();
        var previous = "start";
        foreach (var (id, title, due, reminders) in list)
        {
            activities.Add(new JsonObject
            {
                ["type"] = "PcnFlow.HumanTask",
                ["id"] = id,
                ["title"] = Literal(title),
                ["ownerRole"] = Literal("ClinicalDirector"),
                ["due"] = Literal(due),
                ["reminders"] = new JsonObject
                {
                    ["typeName"] = "Object",
                    ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = new JsonArray([.. reminders.Select(r => JsonValue.Create(r))]) },
                },
            });
            connections.Add(Connection(previous, id));
            previous = id;
        }
        return new JsonObject
        {
            ["definitionId"] = Id,
            ["name"] = "Three steps",
            ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["id"] = "flowchart", ["activities"] = activities, ["connections"] = connections },
        };
    }

    /// <summary>Saves <paramref name="steps"/> as the next version and publishes it; returns its version number.</summary>
    public static async Task<int> PublishAsync(HttpClient lead, IEnumerable<(string Id, string Title, string Due, string[] Reminders)> steps, bool first = false)
    {
        var json = Json(steps);
        var saved = first ? await lead.PostJsonAsync("/api/workflow-definitions", json) : await lead.PutJsonAsync(Url, json);
        await saved.OkJsonAsync(first ? HttpStatusCode.Created : HttpStatusCode.OK);
        var published = await (await lead.PostJsonAsync($"{Url}/publish", new JsonObject { ["versionNote"] = "Test version" })).OkJsonAsync();
        return published["version"]!.GetValue<int>();
    }

    public static JsonObject Literal(string value) => new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    private static JsonObject Connection(string source, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = "Done" },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };
}
