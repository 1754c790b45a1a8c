using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>Sequence, ForEach, ParallelForEach and FlowNode.</summary>
public sealed class ContainerTests
{
    private const string Practices = """["North", "South", "East"]""";

    [Fact]
    public void Sequence_RunsItsActivitiesInOrder_WaitingWhereOneWaits()
    {
        var flow = Flow.Of(
            [Sequence("seq", Act.WriteLine("one", "one"), Act.Delay("wait", "00:01:00"), Act.WriteLine("two", "two")), Act.WriteLine("after", "after")],
            ["seq -> after"]);

        var state = flow.Start().State;
        state.OutputLog.ShouldBe(["one"]);

        flow.Advance(state, TimeSpan.FromMinutes(1));

        state.OutputLog.ShouldBe(["one", "two", "after"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void Sequence_AnEndInside_CompletesTheSequence()
    {
        var flow = Flow.Of(
            [Sequence("seq", Act.WriteLine("one", "one"), Act.End("stop"), Act.WriteLine("two", "two")), Act.WriteLine("after", "after")],
            ["seq -> after"]);

        flow.Start().State.OutputLog.ShouldBe(["one", "after"]);
    }

    [Fact]
    public void ForEach_RunsTheBodyOncePerItem_WithCurrentValueAndIndex()
    {
        var flow = Flow.Of(ForEach("loop", "Elsa.ForEach", Node(Act.WriteLineJs("body", "getCurrentIndex() + ': ' + getCurrentValue()"))));

        flow.Start().State.OutputLog.ShouldBe(["0: North", "1: South", "2: East"]);
    }

    [Fact]
    public void ForEach_IsSequential_TheNextItemWaitsForTheBodyToFinish()
    {
        var body = Node(Sequence("body", Act.Event("wait", "Next"), Act.WriteLineJs("w", "'done ' + variables.CurrentValue")));
        var flow = Flow.Of(ForEach("loop", "Elsa.ForEach", body));
        var state = flow.Start().State;

        foreach (var expected in new[] { "North", "South", "East" })
        {
            state.Bookmarks.ShouldHaveSingleItem();
            flow.Resume(state, state.Bookmarks[0].Id);
            state.OutputLog[^1].ShouldBe("done " + expected);
        }

        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void ForEach_NoItems_CompletesAtOnce()
    {
        var flow = Flow.Of(
            [Act.Of("loop", "Elsa.ForEach", ("items", In.Obj("[]")), ("body", Node(Act.WriteLine("body", "never")))), Act.WriteLine("after", "after")],
            ["loop -> after"]);

        flow.Start().State.OutputLog.ShouldBe(["after"]);
    }

    [Fact]
    public void ParallelForEach_SchedulesEveryBodyAtOnce()
    {
        var body = Node(Sequence("body", Act.Event("wait", "Go"), Act.WriteLineJs("w", "'done ' + getCurrentValue()")));
        var flow = Flow.Of([ForEach("loop", "Elsa.ParallelForEach", body), Act.WriteLine("after", "after")], ["loop -> after"]);

        var state = flow.Start().State;

        state.Bookmarks.Count.ShouldBe(3);
        state.Bookmarks.ShouldAllBe(b => b.ActivityId == "wait");
        state.OutputLog.ShouldBeEmpty();
    }

    [Fact]
    public void ParallelForEach_EachBodySeesItsOwnCurrentValue_AndTheLoopCompletesAfterTheLast()
    {
        var body = Node(Sequence("body", Act.Event("wait", "Go"), Act.WriteLineJs("w", "'done ' + getCurrentValue()")));
        var flow = Flow.Of([ForEach("loop", "Elsa.ParallelForEach", body), Act.WriteLine("after", "after")], ["loop -> after"]);
        var state = flow.Start().State;
        var bookmarks = state.Bookmarks.Select(b => b.Id).ToList();

        flow.Resume(state, bookmarks[2]);
        flow.Resume(state, bookmarks[0]);
        state.OutputLog.ShouldBe(["done East", "done North"]);
        flow.Resume(state, bookmarks[1]);

        state.OutputLog.ShouldBe(["done East", "done North", "done South", "after"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void LoopBodies_KeepTheirOwnValues_AcrossSaveAndReload()
    {
        var body = Node(Sequence("body", Act.Event("wait", "Go"), Act.WriteLineJs("w", "getCurrentIndex() + ' ' + getCurrentValue().name")));
        var flow = Flow.Of(Act.Of("loop", "Elsa.ParallelForEach", ("items", In.Obj("""[{ "name": "North" }, { "name": "South" }]""")), ("body", body)));
        var state = flow.Start().State;
        var bookmarks = state.Bookmarks.Select(b => b.Id).ToList();

        foreach (var bookmark in new[] { bookmarks[1], bookmarks[0] })
        {
            state = WorkflowStateSerializer.Deserialize(WorkflowStateSerializer.Serialize(state));
            flow.Resume(state, bookmark);
        }

        state.OutputLog.ShouldBe(["1 South", "0 North"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void FlowNode_WithANestedFlowchart_RunsItToTheEndBeforeTheOuterFlowContinues()
    {
        var inner = Act.Flowchart(
            "inner",
            [Act.WriteLine("i1", "inner one"), Act.Delay("iWait", "00:01:00"), Act.WriteLine("i2", "inner two")],
            ["i1 -> iWait", "iWait -> i2"]);
        var flow = Flow.Of(
            [Act.WriteLine("before", "before"), Act.Of("node", "Elsa.FlowNode", ("body", inner)), Act.WriteLine("after", "after")],
            ["before -> node", "node -> after"]);

        var state = flow.Start().State;
        state.OutputLog.ShouldBe(["before", "inner one"]);

        flow.Advance(state, TimeSpan.FromMinutes(1));

        state.OutputLog.ShouldBe(["before", "inner one", "inner two", "after"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void FlowNode_WithASingleActivityBody_RunsIt()
    {
        var flow = Flow.Of(
            [Act.Of("node", "Elsa.FlowNode", ("body", Node(Act.WriteLine("inside", "inside")))), Act.WriteLine("after", "after")],
            ["node -> after"]);

        flow.Start().State.OutputLog.ShouldBe(["inside", "after"]);
    }

    private static string Sequence(string id, params string[] activities) =>
        Act.Of(id, "Elsa.Sequence", ("activities", new JsonArray([.. activities.Select(a => JsonNode.Parse(a))])));

    private static string ForEach(string id, string type, JsonNode body) =>
        Act.Of(id, type, ("items", In.Obj(Practices)), ("body", body));

    private static JsonNode Node(string activity) => JsonNode.Parse(activity)!;
}
