using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>Elsa.FlowJoin in each mode, and implicit joins (an activity with several inbound connections).</summary>
public sealed class JoinTests
{
    [Fact]
    public void WaitAny_FirstBranchWins_AndTheOtherBranchIsCancelled()
    {
        var flow = ForkInto(Act.Join("join", "WaitAny"), slowBranch: Act.Delay("slow", "01:00:00"));

        var state = flow.Start().State;

        state.OutputLog.ShouldBe(["fast", "after"]);
        state.Bookmarks.ShouldBeEmpty();
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        state.Journal.ShouldContain(e => e.Kind == JournalKind.ActivityCancelled && e.ActivityId == "slow");
    }

    [Fact]
    public void WaitAny_IsTheDefaultMode()
    {
        var flow = ForkInto(Act.Of("join", "Elsa.FlowJoin"), slowBranch: Act.Delay("slow", "01:00:00"));

        var state = flow.Start().State;

        state.OutputLog.ShouldBe(["fast", "after"]);
        state.Bookmarks.ShouldBeEmpty();
    }

    [Fact]
    public void WaitAny_BetweenTwoEvents_FiresOnce_AndTheLoserCanNoLongerBeResumed()
    {
        var flow = Flow.Of(
            [Act.Start(), Act.Fork("fork", "a", "b"), Act.Event("ea", "A"), Act.Event("eb", "B"), Act.Join("join", "WaitAny"), Act.WriteLine("after", "after")],
            ["start -> fork", "fork:a -> ea", "fork:b -> eb", "ea -> join", "eb -> join", "join -> after"]);
        var state = flow.Start().State;
        var a = state.Bookmarks.Single(b => b.ActivityId == "ea").Id;
        var b = state.Bookmarks.Single(b => b.ActivityId == "eb").Id;

        flow.Resume(state, a);
        var second = flow.Resume(state, b);

        state.OutputLog.ShouldBe(["after"]);
        second.Resume.Status.ShouldBe(ResumeStatus.NotFound);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void WaitAny_TwoBranchesThatArriveAtOnce_FiresOnce()
    {
        var flow = ForkInto(Act.Join("join", "WaitAny"), slowBranch: Act.WriteLine("slow", "slow"));

        var state = flow.Start().State;

        state.OutputLog.Count(line => line == "after").ShouldBe(1);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void WaitAny_InsideALoop_FiresOncePerPass()
    {
        var flow = Flow.Of(
            [Act.Start(), Act.Fork("fork", "a", "b"), Act.Event("ea", "A"), Act.Event("eb", "B"), Act.Join("join", "WaitAny"), Act.WriteLine("after", "after"), Act.Decision("again", "true")],
            ["start -> fork", "fork:a -> ea", "fork:b -> eb", "ea -> join", "eb -> join", "join -> after", "after -> again", "again:True -> fork"]);
        var state = flow.Start().State;

        flow.Resume(state, state.Bookmarks.Single(b => b.ActivityId == "eb").Id);
        flow.Resume(state, state.Bookmarks.Single(b => b.ActivityId == "ea").Id);

        state.OutputLog.ShouldBe(["after", "after"]);
        state.Bookmarks.Select(b => b.ActivityId).ShouldBe(["ea", "eb"], ignoreOrder: true);
    }

    [Fact]
    public void WaitAll_WaitsForEveryInboundBranch()
    {
        var flow = ForkInto(Act.Join("join", "WaitAll"), slowBranch: Act.Event("slow", "Go"));

        var state = flow.Start().State;
        state.OutputLog.ShouldBe(["fast"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Suspended);

        flow.Resume(state, state.Bookmarks.Single().Id);

        state.OutputLog.ShouldBe(["fast", "slow done", "after"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void WaitAll_AfterADecision_NeverFires_BecauseOneBranchNeverArrives()
    {
        var flow = DecisionInto(Act.Join("join", "WaitAll"));

        var state = flow.Start().State;

        state.OutputLog.ShouldBe(["yes"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void WaitAllActive_AfterADecision_FiresForTheOneActiveBranch()
    {
        var flow = DecisionInto(Act.Join("join", "WaitAllActive"));

        flow.Start().State.OutputLog.ShouldBe(["yes", "after"]);
    }

    [Fact]
    public void WaitAllActive_AfterAFork_WaitsForBothBranches()
    {
        var flow = ForkInto(Act.Join("join", "WaitAllActive"), slowBranch: Act.Delay("slow", "00:30:00"));

        var state = flow.Start().State;
        state.OutputLog.ShouldBe(["fast"]);

        flow.Advance(state, TimeSpan.FromMinutes(30));

        state.OutputLog.ShouldBe(["fast", "slow done", "after"]);
    }

    [Fact]
    public void ImplicitJoin_AfterAnEitherOrDecision_RunsOnce()
    {
        var flow = DecisionInto(Act.WriteLine("join", "merged"));

        flow.Start().State.OutputLog.ShouldBe(["yes", "merged", "after"]);
    }

    [Fact]
    public void ImplicitJoin_AfterAParallelFork_WaitsForBothBranches()
    {
        var flow = ForkInto(Act.WriteLine("join", "merged"), slowBranch: Act.Event("slow", "Go"));

        var state = flow.Start().State;
        state.OutputLog.ShouldBe(["fast"]);

        flow.Resume(state, state.Bookmarks.Single().Id);

        state.OutputLog.ShouldBe(["fast", "slow done", "merged", "after"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void ImplicitJoin_ABranchThatTurnsAway_IsNotWaitedFor()
    {
        var flow = Flow.Of(
            [Act.Start(), Act.Fork("fork", "a", "b"), Act.Event("ea", "A"), Act.Decision("d", "false"), Act.WriteLine("off", "turned away"), Act.WriteLine("fast", "fast"), Act.WriteLine("join", "merged")],
            ["start -> fork", "fork:a -> ea", "ea -> d", "d:True -> join", "d:False -> off", "fork:b -> fast", "fast -> join"]);
        var state = flow.Start().State;
        state.OutputLog.ShouldBe(["fast"]);

        flow.Resume(state, state.Bookmarks.Single().Id);

        state.OutputLog.ShouldBe(["fast", "turned away", "merged"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void ImplicitJoin_WaitingForABranch_SurvivesSaveAndReload()
    {
        var flow = ForkInto(Act.WriteLine("join", "merged"), slowBranch: Act.Event("slow", "Go"));
        var saved = WorkflowStateSerializer.Serialize(flow.Start().State);

        var state = WorkflowStateSerializer.Deserialize(saved);
        flow.Resume(state, state.Bookmarks.Single().Id);

        state.OutputLog.ShouldBe(["fast", "slow done", "merged", "after"]);
    }

    [Fact]
    public void ImplicitJoin_AfterAMatchAnySwitchTakingTwoCases_WaitsForBoth_AndRunsOnce()
    {
        var cases = JsonNode.Parse("""
            [
              { "label": "A", "condition": { "type": "JavaScript", "value": "true" } },
              { "label": "B", "condition": { "type": "JavaScript", "value": "true" } }
            ]
            """);
        var flow = Flow.Of(
            [Act.Of("switch", "Elsa.FlowSwitch", ("cases", cases), ("mode", In.Lit("MatchAny"))), Act.WriteLine("a", "a"), Act.Event("b", "B"), Act.WriteLine("join", "merged")],
            ["switch:A -> a", "switch:B -> b", "a -> join", "b -> join"]);
        var state = flow.Start().State;
        state.OutputLog.ShouldBe(["a"]);

        flow.Resume(state, state.Bookmarks.Single().Id);

        state.OutputLog.ShouldBe(["a", "merged"]);
    }

    [Fact]
    public void ImplicitJoin_AfterAForkOfInstantBranches_RunsOnce()
    {
        var flow = ForkInto(Act.WriteLine("join", "merged"), slowBranch: Act.WriteLine("slow", "slow"));

        flow.Start().State.OutputLog.ShouldBe(["fast", "slow", "slow done", "merged", "after"]);
    }

    /// <summary>start → fork; a: fast → join; b: slow → slowDone → join; join → after.</summary>
    private static Flow ForkInto(string join, string slowBranch) => Flow.Of(
        [Act.Start(), Act.Fork("fork", "a", "b"), Act.WriteLine("fast", "fast"), slowBranch, Act.WriteLine("slowDone", "slow done"), join, Act.WriteLine("after", "after")],
        ["start -> fork", "fork:a -> fast", "fork:b -> slow", "slow -> slowDone", "fast -> join", "slowDone -> join", "join -> after"]);

    /// <summary>start → decision (true); True: yes → join; False: no → join; join → after.</summary>
    private static Flow DecisionInto(string join) => Flow.Of(
        [Act.Start(), Act.Decision("d", "true"), Act.WriteLine("yes", "yes"), Act.WriteLine("no", "no"), join, Act.WriteLine("after", "after")],
        ["start -> d", "d:True -> yes", "d:False -> no", "yes -> join", "no -> join", "join -> after"]);
}
