using System.Text.Json.Nodes;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Migration;

/// <summary>Later versions of a <see cref="Flow"/>'s definition, compiled by the same engine.</summary>
internal static class Versions
{
    public static WorkflowBlueprint Compile(this Flow flow, int version, IEnumerable<string> activities, IEnumerable<string> connections, string variables = "[]")
    {
        var json = JsonNode.Parse(Flow.Json(activities, connections, variables))!.AsObject();
        json["version"] = version;
        json["id"] = $"test-v{version}";
        return flow.Engine.Compile(WorkflowDefinitionReader.ReadOrThrow(json.ToJsonString()));
    }

    public static string Due(string id, string due, params string[] reminders) =>
        Act.Task(id, ("due", In.Lit(due)), ("reminders", In.Obj(new JsonArray([.. reminders.Select(r => JsonValue.Create(r))]).ToJsonString())));
}
