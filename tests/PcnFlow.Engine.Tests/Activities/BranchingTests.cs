using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>FlowDecision, FlowSwitch and FlowFork.</summary>
public sealed class BranchingTests
{
    [Theory]
    [InlineData(12, "big", "True")]
    [InlineData(3, "small", "False")]
    public void FlowDecision_JavaScriptCondition_TakesTheTrueOrFalsePort(double size, string expected, string outcome)
    {
        var flow = Flow.Of(
            [Act.Decision("d", "getInput('Size') > 10"), Act.WriteLine("t", "big"), Act.WriteLine("f", "small")],
            ["d:True -> t", "d:False -> f"]);

        var state = flow.Start(new StartOptions { Input = new Dictionary<string, object?> { ["Size"] = size } }).State;

        state.OutputLog.ShouldBe([expected]);
        state.Journal.ShouldContain(e => e.Kind == JournalKind.ActivityCompleted && e.ActivityId == "d" && e.Outcome == outcome);
    }

    [Fact]
    public void FlowDecision_LiteralCondition_IsReadAsBoolean()
    {
        var flow = Flow.Of(
            [Act.Of("d", "Elsa.FlowDecision", ("condition", In.Lit("false", "Boolean"))), Act.WriteLine("t", "yes"), Act.WriteLine("f", "no")],
            ["d:True -> t", "d:False -> f"]);

        flow.Start().State.OutputLog.ShouldBe(["no"]);
    }

    [Fact]
    public void FlowSwitch_MatchFirstByDefault_TakesOnlyTheFirstTrueCase()
    {
        var flow = SwitchFlow(mode: null, "getInput('Score') > 1", "getInput('Score') > 2", "false");

        Run(flow, score: 5).OutputLog.ShouldBe(["A"]);
    }

    [Fact]
    public void FlowSwitch_MatchAny_TakesEveryTrueCase()
    {
        var flow = SwitchFlow(mode: "MatchAny", "getInput('Score') > 1", "getInput('Score') > 2", "false");

        Run(flow, score: 5).OutputLog.ShouldBe(["A", "B"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("MatchAny")]
    public void FlowSwitch_NoCaseTrue_TakesTheDefaultPort(string? mode)
    {
        var flow = SwitchFlow(mode, "getInput('Score') > 10", "getInput('Score') > 20", "false");

        Run(flow, score: 5).OutputLog.ShouldBe(["default"]);
    }

    [Fact]
    public void FlowSwitch_ACaseThatMatches_DoesNotTakeDefault()
    {
        var flow = SwitchFlow(mode: null, "false", "true", "false");

        Run(flow, score: 0).OutputLog.ShouldBe(["B"]);
    }

    [Fact]
    public void FlowFork_ContinuesAlongEveryBranchNamedAsAPort()
    {
        var flow = Flow.Of(
            [Act.Start(), Act.Fork("fork", "Left", "Right", "Unused"), Act.WriteLine("l", "left"), Act.WriteLine("r", "right")],
            ["start -> fork", "fork:Left -> l", "fork:Right -> r"]);

        var state = flow.Start().State;

        state.OutputLog.ShouldBe(["left", "right"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void FlowFork_BranchesAsAJsonList_AreItsPorts()
    {
        var flow = Flow.Of(
            [Act.Of("fork", "Elsa.FlowFork", ("branches", In.Obj("""["One", "Two"]"""))), Act.WriteLine("a", "1"), Act.WriteLine("b", "2")],
            ["fork:One -> a", "fork:Two -> b"]);

        flow.Start().State.OutputLog.ShouldBe(["1", "2"]);
    }

    [Fact]
    public void FlowFork_BranchesAsJsonTextInALiteral_AreItsPorts()
    {
        var flow = Flow.Of(
            [Act.Of("fork", "Elsa.FlowFork", ("branches", In.Lit("""["One", "Two"]"""))), Act.WriteLine("a", "1"), Act.WriteLine("b", "2")],
            ["fork:One -> a", "fork:Two -> b"]);

        flow.Start().State.OutputLog.ShouldBe(["1", "2"]);
    }

    [Fact]
    public void FlowFork_WithoutBranches_ContinuesAlongDone_AsInElsa()
    {
        var flow = Flow.Of(
            [Act.Of("fork", "Elsa.FlowFork", ("branches", null)), Act.WriteLine("a", "1"), Act.WriteLine("b", "2")],
            ["fork -> a", "fork -> b"]);

        flow.Start().State.OutputLog.ShouldBe(["1", "2"]);
    }

    [Fact]
    public void FlowFork_ABranchWaiting_DoesNotHoldUpTheOthers()
    {
        var flow = Flow.Of(
            [Act.Fork("fork", "a", "b"), Act.Event("wait", "Go"), Act.WriteLine("after", "after wait"), Act.WriteLine("b1", "b1"), Act.WriteLine("b2", "b2")],
            ["fork:a -> wait", "wait -> after", "fork:b -> b1", "b1 -> b2"]);

        var state = flow.Start().State;

        state.OutputLog.ShouldBe(["b1", "b2"]);
        state.Bookmarks.ShouldHaveSingleItem().ActivityId.ShouldBe("wait");
        flow.Resume(state, state.Bookmarks[0].Id).State.OutputLog.ShouldBe(["b1", "b2", "after wait"]);
    }

    private static Flow SwitchFlow(string? mode, string a, string b, string c)
    {
        var cases = new JsonArray(
            new JsonObject { ["label"] = "A", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = a } },
            new JsonObject { ["label"] = "B", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = b } },
            new JsonObject { ["label"] = "C", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = c } });
        (string, JsonNode?)[] properties = mode == null ? [("cases", cases)] : [("cases", cases), ("mode", In.Lit(mode, "SwitchMode"))];
        return Flow.Of(
            [Act.Of("switch", "Elsa.FlowSwitch", properties), Act.WriteLine("a", "A"), Act.WriteLine("b", "B"), Act.WriteLine("c", "C"), Act.WriteLine("d", "default")],
            ["switch:A -> a", "switch:B -> b", "switch:C -> c", "switch:Default -> d"]);
    }

    private static WorkflowState Run(Flow flow, double score) =>
        flow.Start(new StartOptions { Input = new Dictionary<string, object?> { ["Score"] = score } }).State;
}
