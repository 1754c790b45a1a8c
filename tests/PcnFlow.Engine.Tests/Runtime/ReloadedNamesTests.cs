using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Runtime;

/// <summary>Variable, input and loop-local names are case-insensitive, and stay so after a save and reload.</summary>
public sealed class ReloadedNamesTests
{
    [Fact]
    public void VariableNamedInOtherCase_AfterReload_IsTheSameVariable()
    {
        var flow = Flow.Of(
            [Act.Event("wait", "Go"),
             Act.Of("bump", "Elsa.SetVariable", ("variable", new JsonObject { ["name"] = "COUNTER" }), ("value", In.Js("getVariable('counter') + 1"))),
             Act.WriteLineJs("show", "'counter ' + getVariable('Counter')")],
            ["wait -> bump", "bump -> show"],
            variables: """[{ "name": "Counter", "typeName": "Int32", "value": "41" }]""");
        var state = Reload(flow.Start().State);

        flow.Resume(state, state.Bookmarks.Single().Id);

        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        state.OutputLog.ShouldBe(["counter 42"]);
        state.Variables.Keys.ShouldBe(["Counter"]);
    }

    [Fact]
    public void InputNamedInOtherCase_AfterReload_IsFound()
    {
        var flow = Flow.Of([Act.Event("wait", "Go"), Act.WriteLineJs("show", "'for ' + getInput('pcnname')")], ["wait -> show"]);
        var started = flow.Start(new StartOptions { Input = new Dictionary<string, object?> { ["PcnName"] = "North Shore PCN" } }).State;
        var state = Reload(started);

        flow.Resume(state, state.Bookmarks.Single().Id);

        state.OutputLog.ShouldBe(["for North Shore PCN"]);
    }

    [Fact]
    public void LoopLocalNamedInOtherCase_AfterReload_IsFound()
    {
        var body = JsonNode.Parse(Act.Of("body", "Elsa.Sequence", ("activities", new JsonArray(
            JsonNode.Parse(Act.Event("wait", "Next")), JsonNode.Parse(Act.WriteLineJs("w", "'done ' + getVariable('currentvalue')"))))))!;
        var flow = Flow.Of(Act.Of("loop", "Elsa.ForEach", ("items", In.Obj("""["North", "South"]""")), ("body", body)));
        var state = flow.Start().State;

        foreach (var expected in new[] { "North", "South" })
        {
            state = Reload(state);
            flow.Resume(state, state.Bookmarks.Single().Id);
            state.OutputLog[^1].ShouldBe("done " + expected);
        }
    }

    private static WorkflowState Reload(WorkflowState state) => WorkflowStateSerializer.Deserialize(WorkflowStateSerializer.Serialize(state));
}
