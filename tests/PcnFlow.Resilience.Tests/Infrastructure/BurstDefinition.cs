using System.Text.Json.Nodes;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>
/// A programme of <c>branches</c> parallel Clinical Director tasks, each due the day it opens with one reminder that
/// day (09:00 Europe/London), optionally each followed by a programme lead sign-off (also reminded at 09:00).
/// Started just before 09:00, every instance adds that many reminders due at the same instant.
/// </summary>
public static class BurstDefinition
{
    public static string Json(string definitionId, int branches, bool signOffs)
    {
        var activities = new JsonArray
        {
            new JsonObject { ["id"] = "start", ["type"] = "Elsa.Start", ["version"] = 1 },
            new JsonObject
            {
                ["id"] = "fork", ["type"] = "Elsa.FlowFork", ["version"] = 1,
                ["branches"] = Input("String", "Literal", string.Join(',', Enumerable.Range(0, branches).Select(i => $"b{i}"))),
            },
        };
        var connections = new JsonArray { Connection("start", "Done", "fork") };
        for (var i = 0; i < branches; i++)
        {
            activities.Add(new JsonObject
            {
                ["id"] = $"task-{i}",
                ["type"] = "PcnFlow.HumanTask",
                ["version"] = 1,
                ["title"] = Input("String", "Literal", $"Burst task {i}"),
                ["ownerRole"] = Input("String", "Literal", "ClinicalDirector"),
                ["due"] = Input("String", "Literal", "P0D"),
                ["reminders"] = Input("Object", "Object", new JsonArray("P0D")),
            });
            connections.Add(Connection("fork", $"b{i}", $"task-{i}"));
            if (!signOffs)
                continue;
            activities.Add(new JsonObject
            {
                ["id"] = $"signoff-{i}",
                ["type"] = "PcnFlow.SignOff",
                ["version"] = 1,
                ["title"] = Input("String", "Literal", $"Sign off burst task {i}"),
                ["approverRole"] = Input("String", "Literal", "ProgrammeLead"),
                ["signsOff"] = Input("Object", "Object", new JsonArray($"task-{i}")),
                ["due"] = Input("String", "Literal", "P0D"),
                ["reminders"] = Input("Object", "Object", new JsonArray("P0D")),
            });
            connections.Add(Connection($"task-{i}", "Done", $"signoff-{i}"));
            connections.Add(Connection($"signoff-{i}", "Returned", $"task-{i}"));
        }
        return new JsonObject
        {
            ["id"] = $"{definitionId}-v1",
            ["definitionId"] = definitionId,
            ["name"] = $"Resilience burst ({branches} tasks)",
            ["version"] = 1,
            ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["version"] = 1, ["id"] = "flowchart", ["activities"] = activities, ["connections"] = connections },
        }.ToJsonString();
    }

    private static JsonObject Input(string typeName, string type, JsonNode value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = type, ["value"] = value } };

    private static JsonObject Connection(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };
}
