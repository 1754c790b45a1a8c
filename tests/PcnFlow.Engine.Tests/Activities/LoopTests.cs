using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>Implicit loops (a connection back to an earlier activity) and the runaway-loop cap.</summary>
public sealed class LoopTests
{
    private const string Counter = """[{ "id": "v1", "name": "Counter", "typeName": "Int32", "value": "0" }]""";

    [Fact]
    public void ConnectionBackToAnEarlierActivity_LoopsUntilTheDecisionLetsGo()
    {
        var flow = Flow.Of(
            [Act.Start(), Increment("inc"), Act.WriteLineJs("w", "'pass ' + getCounter()"), Act.Decision("again", "getCounter() < 3"), Act.WriteLine("done", "done")],
            ["start -> inc", "inc -> w", "w -> again", "again:True -> inc", "again:False -> done"],
            Counter);

        var state = flow.Start().State;

        state.OutputLog.ShouldBe(["pass 1", "pass 2", "pass 3", "done"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void LoopBackIntoAnImplicitJoin_DoesNotWaitForTheBackEdge()
    {
        // "merge" has two inbound connections: the forward one from start and the back edge from the decision.
        var flow = Flow.Of(
            [Act.Start(), Act.WriteLine("merge", "merge"), Increment("inc"), Act.Decision("again", "getCounter() < 2")],
            ["start -> merge", "merge -> inc", "inc -> again", "again:True -> merge"],
            Counter);

        flow.Start().State.OutputLog.ShouldBe(["merge", "merge"]);
    }

    [Fact]
    public void LoopThatWaitsEachPass_RunsAcrossManyResumes_WithoutHittingTheCap()
    {
        var flow = Flow.Of(
            [Act.Start(), Increment("inc"), Act.Delay("wait", "P1D"), Act.Decision("again", "getCounter() < 30"), Act.WriteLine("done", "done")],
            ["start -> inc", "inc -> wait", "wait -> again", "again:True -> inc", "again:False -> done"],
            Counter,
            maxExecutions: 10);
        var state = flow.Start().State;

        for (var day = 0; day < 30; day++)
            flow.Advance(state, TimeSpan.FromDays(1));

        state.Variables["Counter"].ShouldBe(30.0);
        state.OutputLog.ShouldBe(["done"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void InfiniteLoopOfWriteLines_FaultsTheInstance_WithAnIncidentNamingTheLoop()
    {
        var flow = Flow.Of(
            [Act.Start(), Act.WriteLine("tick", "tick"), Act.WriteLine("tock", "tock")],
            ["start -> tick", "tick -> tock", "tock -> tick"],
            maxExecutions: 25);

        var state = flow.Start().State;

        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        state.OutputLog.Count.ShouldBeLessThan(25);
        var incident = state.Incidents.ShouldHaveSingleItem();
        incident.Message.ShouldContain("loop");
        incident.Message.ShouldContain("25");
        incident.ActivityId.ShouldBeOneOf("tick", "tock");
        state.Bookmarks.ShouldBeEmpty();
        state.Frames.ShouldBeEmpty();
    }

    [Fact]
    public void AfterARunawayLoop_TheEngineRunsTheNextInstanceNormally()
    {
        var flow = Flow.Of(
            [Act.Start(), Act.Decision("forever", "getInput('Forever') === true"), Act.WriteLine("tick", "tick"), Act.WriteLine("done", "done")],
            ["start -> forever", "forever:True -> tick", "tick -> forever", "forever:False -> done"],
            maxExecutions: 25);

        var stuck = flow.Start(new StartOptions { Input = new Dictionary<string, object?> { ["Forever"] = true } }).State;
        var fine = flow.Start(new StartOptions { Input = new Dictionary<string, object?> { ["Forever"] = false } }).State;

        stuck.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        fine.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        fine.OutputLog.ShouldBe(["done"]);
    }

    private static string Increment(string id) => Act.Of(
        id,
        "Elsa.SetVariable",
        ("variable", new JsonObject { ["id"] = "v1", ["name"] = "Counter" }),
        ("value", In.Js("getCounter() + 1")));
}
