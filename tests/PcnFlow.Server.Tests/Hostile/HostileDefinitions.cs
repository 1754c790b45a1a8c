using System.Text.Json.Nodes;

namespace PcnFlow.Server.Tests.Hostile;

/// <summary>Where in a definition the hostile script sits, and so when it runs.</summary>
public enum ScriptPlace
{
    /// <summary>The value of an <c>Elsa.SetVariable</c> straight after the start: it runs when the instance starts.</summary>
    SetVariable,

    /// <summary>The condition of an <c>Elsa.FlowDecision</c> straight after the start.</summary>
    DecisionCondition,

    /// <summary>The title of a <c>PcnFlow.HumanTask</c>, worked out when the task opens.</summary>
    TaskTitle,

    /// <summary>An <c>Elsa.SetVariable</c> behind a task: it runs only when someone completes that task.</summary>
    AfterTask,
}

/// <summary>Small Elsa 3 definitions whose one JavaScript expression is the script under test.</summary>
internal static class HostileDefinitions
{
    /// <summary>The id of the activity that holds the script, which its incident must name.</summary>
    public const string HostileActivity = "hostile-step";

    /// <summary>The task in front of the script for <see cref="ScriptPlace.AfterTask"/>.</summary>
    public const string GateActivity = "gate";

    /// <summary>A definition with <paramref name="script"/> at <paramref name="place"/>, in <paramref name="language"/> (JavaScript or Liquid).</summary>
    public static JsonObject Build(string definitionId, string script, ScriptPlace place, string language = "JavaScript")
    {
        var activities = new JsonArray { Activity("start", "Elsa.Start") };
        var connections = new JsonArray();
        var before = "start";
        if (place == ScriptPlace.AfterTask)
        {
            activities.Add(Task(GateActivity, Literal("String", "Sign the gate off")));
            connections.Add(Connection("start", "Done", GateActivity));
            before = GateActivity;
        }

        var hostile = place switch
        {
            ScriptPlace.DecisionCondition => Property(Activity(HostileActivity, "Elsa.FlowDecision"), "condition", Expression("Boolean", language, script)),
            ScriptPlace.TaskTitle => Task(HostileActivity, Expression("String", language, script)),
            _ => Property(Property(Activity(HostileActivity, "Elsa.SetVariable"), "variable", Variable()), "value", Expression("Object", language, script)),
        };
        activities.Add(hostile);
        connections.Add(Connection(before, "Done", HostileActivity));
        activities.Add(Property(Activity("after", "Elsa.WriteLine"), "text", Literal("String", "The script finished")));
        connections.Add(Connection(HostileActivity, place == ScriptPlace.DecisionCondition ? "True" : "Done", "after"));

        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = $"Hostile script ({place})",
            ["version"] = 1,
            ["variables"] = new JsonArray { Variable() },
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["id"] = "flowchart",
                ["activities"] = activities,
                ["connections"] = connections,
            },
        };
    }

    private static JsonObject Activity(string id, string type) => new() { ["id"] = id, ["type"] = type, ["version"] = 1 };

    private static JsonObject Task(string id, JsonObject title)
    {
        var task = Activity(id, "PcnFlow.HumanTask");
        task["title"] = title;
        task["ownerRole"] = Literal("String", "ClinicalDirector");
        task["due"] = Literal("String", "D+7");
        return task;
    }

    private static JsonObject Property(JsonObject activity, string name, JsonNode value)
    {
        activity[name] = value;
        return activity;
    }

    private static JsonObject Variable() => new() { ["id"] = "var-result", ["name"] = "Result", ["typeName"] = "Object", ["value"] = "" };

    private static JsonObject Literal(string typeName, string value) => Expression(typeName, "Literal", value);

    private static JsonObject Expression(string typeName, string type, string value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = type, ["value"] = value } };

    private static JsonObject Connection(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };
}
