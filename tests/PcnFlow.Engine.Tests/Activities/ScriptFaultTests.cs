using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>A script that throws or never ends faults its instance with a plain incident, and the engine carries on.</summary>
public sealed class ScriptFaultTests
{
    [Fact]
    public void ScriptThatThrows_FaultsTheInstance_WithTheActivityAndTheErrorInTheIncident()
    {
        var flow = Flow.Of(
            [Act.WriteLine("before", "before"), Act.Of("check", "Elsa.WriteLine", ("text", In.Js("throw new Error('No practices listed')"))), Act.WriteLine("after", "after")],
            ["before -> check", "check -> after"]);

        var state = flow.Start().State;

        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        state.OutputLog.ShouldBe(["before"]);
        var incident = state.Incidents.ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("check");
        incident.ActivityType.ShouldBe("Elsa.WriteLine");
        incident.Message.ShouldContain("'check'");
        incident.Message.ShouldContain("No practices listed");
        incident.At.ShouldBe(Flow.Epoch);
    }

    [Theory]
    [InlineData("throw new Error('No practices listed')", "The script failed: Error: No practices listed.")]
    [InlineData("throw new Error('No practices listed.')", "The script failed: Error: No practices listed.")]
    [InlineData("throw 'plain text'", "The script failed: plain text.")]
    [InlineData("null.field", "The script failed: TypeError: Cannot read properties of null (reading 'field').")]
    public void ScriptFailureIncident_EndsWithOneFullStop(string script, string ending)
    {
        var flow = Flow.Of(Act.Of("check", "Elsa.WriteLine", ("text", In.Js(script))));

        var state = flow.Start().State;

        var message = state.Incidents.ShouldHaveSingleItem().Message;
        message.ShouldBe("An expression in 'check' failed. " + ending);
    }

    [Fact]
    public void TemplateFailureIncident_EndsWithAFullStop()
    {
        var flow = Flow.Of(Act.Of("check", "Elsa.WriteLine", ("text", In.Liquid("{{ 1 | divided_by: 0 }}"))));

        var state = flow.Start().State;

        state.Incidents.ShouldHaveSingleItem().Message.ShouldEndWith(".");
    }

    [Fact]
    public void ConditionThatReadsAnUnknownName_FaultsTheInstance()
    {
        var flow = Flow.Of([Act.Decision("d", "missingFunction() > 1"), Act.WriteLine("t", "t")], ["d:True -> t"]);

        var state = flow.Start().State;

        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        state.Incidents.ShouldHaveSingleItem().Message.ShouldContain("missingFunction");
    }

    [Fact]
    public void ScriptThatNeverEnds_IsStoppedByTheTimeout_AndFaultsTheInstance()
    {
        var options = new ExpressionOptions { Timeout = TimeSpan.FromMilliseconds(200), MaxStatements = 0 };
        var flow = Flow.Of([Act.WriteLineJs("spin", "while (true) { } 'never'")], [], expressions: options);

        var state = flow.Start().State;

        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        var incident = state.Incidents.ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("spin");
        incident.Message.ShouldContain("stopped");
    }

    [Fact]
    public void ScriptThatNeverEnds_IsStoppedByTheStatementLimit()
    {
        var options = new ExpressionOptions { MaxStatements = 1_000 };
        var flow = Flow.Of([Act.WriteLineJs("spin", "let i = 0; while (true) { i++; } i")], [], expressions: options);

        var state = flow.Start().State;

        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        state.Incidents.ShouldHaveSingleItem().Message.ShouldContain("1,000 statements");
    }

    [Fact]
    public void AfterAScriptFault_TheSameEngineRunsTheNextInstance()
    {
        var options = new ExpressionOptions { Timeout = TimeSpan.FromMilliseconds(200), MaxStatements = 0 };
        var flow = Flow.Of(
            [Act.Decision("d", "getInput('Spin') === true"), Act.WriteLineJs("spin", "while (true) { } 'never'"), Act.WriteLineJs("ok", "'fine ' + (1 + 1)")],
            ["d:True -> spin", "d:False -> ok"],
            expressions: options);

        var faulted = flow.Start(new StartOptions { Input = new Dictionary<string, object?> { ["Spin"] = true } }).State;
        var next = flow.Start(new StartOptions { Input = new Dictionary<string, object?> { ["Spin"] = false } }).State;

        faulted.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        next.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        next.OutputLog.ShouldBe(["fine 2"]);
    }

    [Fact]
    public void ScriptFaultOnResume_FaultsTheInstanceAndClosesItsOtherWaits()
    {
        var flow = Flow.Of(
            [Act.Fork("fork", "a", "b"), Act.Event("e", "Go"), Act.WriteLineJs("bad", "getOutputFrom('e').missing.field"), Act.Delay("wait", "P1D")],
            ["fork:a -> e", "e -> bad", "fork:b -> wait"]);
        var state = flow.Start().State;

        var result = flow.Resume(state, state.Bookmarks.Single(b => b.ActivityId == "e").Id);

        result.Resume.Status.ShouldBe(ResumeStatus.Resumed);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        state.Bookmarks.ShouldBeEmpty();
        state.Incidents.ShouldHaveSingleItem().ActivityId.ShouldBe("bad");
    }
}
