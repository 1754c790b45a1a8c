using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>Elsa.Start, End, Finish, Complete and Fault.</summary>
public sealed class TerminalActivityTests
{
    [Fact]
    public void Start_IsWhereTheFlowchartBegins_EvenWhenListedLast()
    {
        var flow = Flow.Of([Act.WriteLine("w1", "one"), Act.WriteLine("w2", "two"), Act.Start()], ["start -> w1", "w1 -> w2"]);

        var state = flow.Start().State;

        state.OutputLog.ShouldBe(["one", "two"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void End_CancelsAParallelBranchWaitingOnADelay()
    {
        var flow = Flow.Of(
            [Act.Start(), Act.Fork("fork", "slow", "fast"), Act.Delay("wait", "01:00:00"), Act.WriteLine("late", "late"), Act.WriteLine("quick", "quick"), Act.End()],
            ["start -> fork", "fork:slow -> wait", "wait -> late", "fork:fast -> quick", "quick -> end"]);

        var state = flow.Start().State;

        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        state.Bookmarks.ShouldBeEmpty();
        state.Frames.ShouldBeEmpty();
        state.OutputLog.ShouldBe(["quick"]);
        state.Journal.ShouldContain(e => e.Kind == JournalKind.ActivityCancelled && e.ActivityId == "wait");
    }

    [Fact]
    public void End_InANestedFlowchart_EndsOnlyThatFlowchart()
    {
        var inner = Act.Flowchart(
            "inner",
            [Act.Start("innerStart"), Act.Fork("innerFork", "a", "b"), Act.Delay("innerWait", "01:00:00"), Act.WriteLine("innerLate", "inner late"), Act.End("innerEnd")],
            ["innerStart -> innerFork", "innerFork:a -> innerWait", "innerWait -> innerLate", "innerFork:b -> innerEnd"]);
        var flow = Flow.Of(
            [Act.Start(), Act.Of("node", "Elsa.FlowNode", ("body", inner)), Act.WriteLine("after", "after")],
            ["start -> node", "node -> after"]);

        var state = flow.Start().State;

        state.OutputLog.ShouldBe(["after"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        state.Bookmarks.ShouldBeEmpty();
    }

    [Fact]
    public void End_InANestedFlowchart_LeavesOuterParallelWorkWaiting()
    {
        var inner = Act.Flowchart("inner", [Act.WriteLine("innerLine", "inner"), Act.End("innerEnd")], ["innerLine -> innerEnd"]);
        var flow = Flow.Of(
            [Act.Start(), Act.Fork("fork", "a", "b"), Act.Of("node", "Elsa.FlowNode", ("body", inner)), Act.Delay("wait", "00:10:00"), Act.WriteLine("late", "late")],
            ["start -> fork", "fork:a -> node", "fork:b -> wait", "wait -> late"]);

        var state = flow.Start().State;
        state.SubStatus.ShouldBe(WorkflowSubStatus.Suspended);
        state.OutputLog.ShouldBe(["inner"]);

        flow.Advance(state, TimeSpan.FromMinutes(10));

        state.OutputLog.ShouldBe(["inner", "late"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void Finish_InANestedFlowchart_FinishesTheWholeInstance()
    {
        var inner = Act.Flowchart("inner", [Act.WriteLine("innerLine", "inner"), Act.Of("finish", "Elsa.Finish")], ["innerLine -> finish"]);
        var flow = Flow.Of(
            [Act.Start(), Act.Fork("fork", "a", "b"), Act.Delay("wait", "00:10:00"), Act.Of("node", "Elsa.FlowNode", ("body", inner)), Act.WriteLine("after", "after")],
            ["start -> fork", "fork:a -> wait", "fork:b -> node", "node -> after"]);

        var state = flow.Start().State;

        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        state.OutputLog.ShouldBe(["inner"]);
        state.Bookmarks.ShouldBeEmpty();
        state.Journal[^1].Kind.ShouldBe(JournalKind.WorkflowFinished);
    }

    [Theory]
    [InlineData("Elsa.Flowchart")]
    [InlineData("Elsa.FlowNode")]
    public void Complete_NestedFlowchartCompletesWithACustomOutcome_OuterFlowchartFollowsThatPort(string wrapper)
    {
        var inner = Act.Flowchart(
            "inner",
            [Act.WriteLine("innerLine", "inner"), Act.Of("complete", "Elsa.Complete", ("outcomes", In.Obj("""["Approved"]""")))],
            ["innerLine -> complete"]);
        var node = wrapper == "Elsa.FlowNode" ? Act.Of("node", "Elsa.FlowNode", ("body", inner)) : WithId(inner, "node");
        var flow = Flow.Of(
            [Act.Start(), node, Act.WriteLine("approved", "approved"), Act.WriteLine("done", "done")],
            ["start -> node", "node:Approved -> approved", "node:Done -> done"]);

        var state = flow.Start().State;

        state.OutputLog.ShouldBe(["inner", "approved"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void Complete_WithoutOutcomes_CompletesItsFlowchartWithDone()
    {
        var flow = Flow.Of(
            [Act.Start(), Act.Fork("fork", "a", "b"), Act.Delay("wait", "00:10:00"), Act.Of("complete", "Elsa.Complete")],
            ["start -> fork", "fork:a -> wait", "fork:b -> complete"]);

        var state = flow.Start().State;

        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        state.Bookmarks.ShouldBeEmpty();
    }

    [Fact]
    public void Fault_FaultsTheInstanceWithTheMessageAsIncident()
    {
        var flow = Flow.Of(
            [Act.Start(), Act.Of("fault", "Elsa.Fault", ("message", In.Lit("The PCN has no Clinical Director.")), ("code", In.Lit("NO-CD"))), Act.WriteLine("after", "after")],
            ["start -> fault", "fault -> after"]);

        var state = flow.Start().State;

        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        state.OutputLog.ShouldBeEmpty();
        var incident = state.Incidents.ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("fault");
        incident.Message.ShouldContain("The PCN has no Clinical Director.");
        incident.Message.ShouldContain("NO-CD");
        state.Journal.ShouldContain(e => e.Kind == JournalKind.WorkflowFaulted);
    }

    [Fact]
    public void Fault_WithAJavaScriptMessage_UsesTheEvaluatedText()
    {
        var flow = Flow.Of(Act.Of("fault", "Elsa.Fault", ("message", In.Js("'Stopped at step ' + (1 + 2)"))));

        var state = flow.Start().State;

        state.Incidents.ShouldHaveSingleItem().Message.ShouldBe("Stopped at step 3");
    }

    private static string WithId(System.Text.Json.Nodes.JsonObject activity, string id)
    {
        activity["id"] = id;
        return activity.ToJsonString();
    }
}
