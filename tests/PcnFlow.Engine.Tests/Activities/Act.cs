using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>Activity JSON in Elsa 3's shape, for <see cref="Flow"/>.</summary>
internal static class Act
{
    /// <summary>An activity with the given properties: inputs from <see cref="In"/>, or verbatim JSON such as <c>cases</c> or <c>body</c>.</summary>
    public static string Of(string id, string type, params (string Name, JsonNode? Value)[] properties)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, value) in properties)
            activity[name] = value?.DeepClone();
        return activity.ToJsonString();
    }

    /// <summary>A nested activity (a <c>body</c>) or flowchart (with <see cref="Flow.Flowchart"/>'s properties).</summary>
    public static JsonObject Node(string id, string type, params (string Name, JsonNode? Value)[] properties) =>
        JsonNode.Parse(Of(id, type, properties))!.AsObject();

    /// <summary>A nested <c>Elsa.Flowchart</c>, as a FlowNode body or an activity of its own.</summary>
    public static JsonObject Flowchart(string id, IEnumerable<string> activities, IEnumerable<string> connections)
    {
        var flowchart = Node(id, "Elsa.Flowchart");
        foreach (var (key, value) in Flow.Flowchart(activities, connections))
            flowchart[key] = value?.DeepClone();
        return flowchart;
    }

    public static string Start(string id = "start") => Of(id, "Elsa.Start");

    public static string End(string id = "end") => Of(id, "Elsa.End");

    public static string WriteLine(string id, string text) => Of(id, "Elsa.WriteLine", ("text", In.Lit(text)));

    public static string WriteLineJs(string id, string script) => Of(id, "Elsa.WriteLine", ("text", In.Js(script)));

    public static string Delay(string id, string timeSpan) => Of(id, "Elsa.Delay", ("timeSpan", In.Lit(timeSpan)));

    public static string Decision(string id, string condition) => Of(id, "Elsa.FlowDecision", ("condition", In.Js(condition)));

    public static string Fork(string id, params string[] branches) => Of(id, "Elsa.FlowFork", ("branches", In.Lit(string.Join(",", branches))));

    public static string Join(string id, string mode) => Of(id, "Elsa.FlowJoin", ("mode", In.Lit(mode)));

    public static string Event(string id, string name) => Of(id, "Elsa.Event", ("eventName", In.Lit(name)));

    public static string Task(string id, params (string Name, JsonNode? Value)[] more) =>
        Of(id, "PcnFlow.HumanTask", [("title", In.Lit("Task " + id)), ("ownerRole", In.Lit("ClinicalDirector")), .. more]);
}
