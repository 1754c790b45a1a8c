using System.Text.Json.Nodes;

namespace PcnFlow.Resilience.Tests.Memory;

/// <summary>A programme whose first step sets a variable to the value of one JavaScript expression: the hostile script.</summary>
public static class HostileScriptDefinition
{
    public const string ScriptActivity = "hostile-step";

    public static string Json(string definitionId, string script)
    {
        var variable = new JsonObject { ["id"] = "var-result", ["name"] = "Result", ["typeName"] = "Object", ["value"] = "" };
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = "Hostile script " + definitionId,
            ["variables"] = new JsonArray { variable.DeepClone() },
            ["root"] = new JsonObject
            {
                ["id"] = "flowchart",
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["activities"] = new JsonArray
                {
                    new JsonObject { ["id"] = "start", ["type"] = "Elsa.Start", ["version"] = 1 },
                    new JsonObject
                    {
                        ["id"] = ScriptActivity,
                        ["type"] = "Elsa.SetVariable",
                        ["version"] = 1,
                        ["variable"] = variable,
                        ["value"] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = script } },
                    },
                },
                ["connections"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["source"] = new JsonObject { ["activity"] = "start", ["port"] = "Done" },
                        ["target"] = new JsonObject { ["activity"] = ScriptActivity, ["port"] = "In" },
                    },
                },
            },
        }.ToJsonString();
    }
}
