using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>PcnFlow.SignOff: approve or return, with the return comment shown on the reopened task.</summary>
public sealed class SignOffTests
{
    [Fact]
    public void Opens_ASignOffForTheApprover_CoveringTheListedTasks()
    {
        var state = AtSignOff(ReturnLoop());

        var signOff = state.OpenTasks.ShouldHaveSingleItem().Task!;

        signOff.Kind.ShouldBe(TaskKinds.SignOff);
        signOff.OwnerRole.ShouldBe(Roles.ProgrammeLead);
        signOff.Outcomes.ShouldBe([SignOff.Approved, SignOff.Returned]);
        signOff.SignsOff.ShouldBe(["plan"]);
    }

    [Fact]
    public void Returned_WithoutAComment_IsRejected()
    {
        var flow = ReturnLoop();
        var state = AtSignOff(flow);
        var before = WorkflowStateSerializer.Serialize(state);

        var result = flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = "Returned", Comment = "  " });

        result.Resume.Status.ShouldBe(ResumeStatus.Rejected);
        var error = result.Resume.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("comment");
        error.Message.ShouldEndWith(".");
        WorkflowStateSerializer.Serialize(state).ShouldBe(before);
    }

    [Fact]
    public void Returned_ReopensTheTask_WithTheCommentAndTheNextAttempt()
    {
        var flow = ReturnLoop();
        var state = AtSignOff(flow);

        flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = "Returned", Comment = "Add the workforce figures." }, actor: "lead");

        var reopened = state.OpenTasks.ShouldHaveSingleItem();
        reopened.ActivityId.ShouldBe("plan");
        reopened.Task!.Attempt.ShouldBe(2);
        reopened.Task.ReturnedComment.ShouldBe("Add the workforce figures.");
        state.Tasks["signoff"].Comment.ShouldBe("Add the workforce figures.");
    }

    [Fact]
    public void TheReturnComment_IsShownOnlyOnTheReopenedTask_NotTheNextSignOff()
    {
        var flow = ReturnLoop();
        var state = AtSignOff(flow);
        flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = "Returned", Comment = "Redo it." });

        flow.Resume(state, state.OpenTasks.Single().Id);

        var second = state.OpenTasks.ShouldHaveSingleItem().Task!;
        second.Kind.ShouldBe(TaskKinds.SignOff);
        second.Attempt.ShouldBe(1, "the sign-off itself was not returned");
        second.ReturnedComment.ShouldBeNull();
        state.ReturnedComments.ShouldBeEmpty();
    }

    [Fact]
    public void Approved_NeedsNoComment_AndCarriesOn()
    {
        var flow = ReturnLoop();
        var state = AtSignOff(flow);

        var result = flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = "Approved" });

        result.Resume.Status.ShouldBe(ResumeStatus.Resumed);
        state.OutputLog.ShouldBe(["approved"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void ReturnedTwice_ThenApproved_CountsEachAttempt()
    {
        var flow = ReturnLoop();
        var state = AtSignOff(flow);

        for (var attempt = 2; attempt <= 3; attempt++)
        {
            flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = "Returned", Comment = $"Not yet ({attempt})." });
            var task = state.OpenTasks.Single().Task!;
            task.Attempt.ShouldBe(attempt);
            task.ReturnedComment.ShouldBe($"Not yet ({attempt}).");
            flow.Resume(state, state.OpenTasks.Single().Id);
        }
        flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = "Approved" });

        state.OutputLog.ShouldBe(["approved"]);
        state.TaskAttempts.ShouldBe(new Dictionary<string, int> { ["plan"] = 3, ["signoff"] = 1 });
    }

    [Fact]
    public void ATaskReopenedWithoutAReturn_StartsAgainAtAttemptOne()
    {
        var flow = Flow.Of(
            [Act.Start(), Act.Of("round", "Elsa.SetVariable", ("variable", System.Text.Json.Nodes.JsonNode.Parse("""{ "name": "Round" }""")), ("value", In.Js("getVariable('Round') + 1"))),
             Act.Task("plan"),
             Act.Of("signoff", "PcnFlow.SignOff", ("title", In.Lit("Sign off the plan")), ("approverRole", In.Lit("ProgrammeLead")), ("signsOff", In.Obj("""["plan"]"""))),
             Act.Decision("again", "getVariable('Round') < 2")],
            ["start -> round", "round -> plan", "plan -> signoff", "signoff:Returned -> plan", "signoff:Approved -> again", "again:True -> round"],
            variables: """[{ "name": "Round", "typeName": "Int32", "value": "0" }]""");
        var state = flow.Start().State;
        flow.Resume(state, state.OpenTasks.Single().Id);
        flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = "Returned", Comment = "Redo it." });
        state.OpenTasks.Single().Task!.Attempt.ShouldBe(2);
        flow.Resume(state, state.OpenTasks.Single().Id);

        flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = "Approved" });

        var nextRound = state.OpenTasks.ShouldHaveSingleItem();
        nextRound.ActivityId.ShouldBe("plan");
        nextRound.Task!.Attempt.ShouldBe(1);
        nextRound.Task.ReturnedComment.ShouldBeNull();
    }

    /// <summary>plan → signoff; Approved → approved; Returned → back to plan.</summary>
    private static Flow ReturnLoop() => Flow.Of(
        [Act.Start(), Act.Task("plan"),
         Act.Of("signoff", "PcnFlow.SignOff", ("title", In.Lit("Sign off the plan")), ("approverRole", In.Lit("ProgrammeLead")), ("signsOff", In.Obj("""["plan"]"""))),
         Act.WriteLine("approved", "approved")],
        ["start -> plan", "plan -> signoff", "signoff:Approved -> approved", "signoff:Returned -> plan"]);

    private static WorkflowState AtSignOff(Flow flow)
    {
        var state = flow.Start().State;
        flow.Resume(state, state.OpenTasks.Single().Id);
        state.OpenTasks.Single().ActivityId.ShouldBe("signoff");
        return state;
    }
}
