using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>Sign-offs that send a step back, and closing the programme.</summary>
public sealed class SixStepSignOffTests
{
    private const string Comment = "Two practices have not signed the Network Agreement yet.";
    private static readonly string[] StepOneTasks = ["step1-confirm-practices", "step1-appoint-cd", "step1-sign-agreement"];

    private static ProgrammeRun StepOneDone()
    {
        var run = ProgrammeRun.SixStep(new DateOnly(2019, 7, 1), clockStart: new DateOnly(2019, 6, 17));
        run.Complete("step1-appoint-cd", fields: new JsonObject { ["cdName"] = ProgrammeRun.CdName, ["startDate"] = "2019-07-15" });
        run.Complete("step1-confirm-practices");
        run.Complete("step1-sign-agreement");
        return run;
    }

    [Fact]
    public void ReturnedSignOff_WithoutAComment_IsRejected()
    {
        var run = StepOneDone();

        var result = run.Complete("step1-signoff", SignOff.Returned, comment: " ");

        result.Status.ShouldBe(ResumeStatus.Rejected);
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("comment");
        run.IsOpen("step1-signoff").ShouldBeTrue();
        StepOneTasks.ShouldAllBe(id => !run.IsOpen(id, null));
    }

    [Fact]
    public void ReturnedStepOne_ReopensItsTasks_AsSecondAttemptsWithTheComment()
    {
        var run = StepOneDone();
        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2019, 7, 3), 10));

        run.Complete("step1-signoff", SignOff.Returned, comment: Comment, actor: "lead@ics.nhs.uk").Status.ShouldBe(ResumeStatus.Resumed);

        foreach (var id in StepOneTasks)
        {
            var task = run.Task(id).Task!;
            task.Attempt.ShouldBe(2, id);
            task.ReturnedComment.ShouldBe(Comment, id);
            task.DueDate.ShouldBe(new DateOnly(2019, 7, 1), "a redone task keeps its programme day");
            task.OpenedAt.ShouldBe(run.Now);
        }
        run.Task("step1-name-partners").Task!.Attempt.ShouldBe(1);
        run.IsOpen("step1-signoff").ShouldBeFalse();
        run.Main.Tasks["step1-signoff"].Outcome.ShouldBe(SignOff.Returned);
        run.Main.Tasks["step1-signoff"].Comment.ShouldBe(Comment);
        run.Main.Journal.ShouldContain(j => j.Kind == JournalKind.BookmarkResumed && j.ActivityId == "step1-signoff"
            && j.Outcome == SignOff.Returned && j.Message == Comment && j.Actor == "lead@ics.nhs.uk");
        run.Main.OutputLog.ShouldNotContain("Step 1 signed off");
    }

    [Fact]
    public void ReturnedStepOne_RedoneAndApproved_MovesOnWithoutStartingTheHundredDayPlanTwice()
    {
        var run = StepOneDone();
        run.Complete("step1-signoff", SignOff.Returned, comment: Comment);

        foreach (var id in StepOneTasks)
            run.Complete(id).Status.ShouldBe(ResumeStatus.Resumed);
        var again = run.Task("step1-signoff").Task!;
        again.Attempt.ShouldBe(1, "the sign-off itself was not returned");
        again.ReturnedComment.ShouldBeNull("the sign-off itself was not returned");
        run.Complete("step1-signoff", SignOff.Approved).Status.ShouldBe(ResumeStatus.Resumed);

        run.Main.OutputLog.ShouldBe(["Clinical Director appointed", "Clinical Director appointed", "Step 1 signed off"]);
        run.Main.Variables["First100DaysStarted"].ShouldBe(1);
        run.Events("ChildStarted").ShouldHaveSingleItem();
        run.Children.ShouldHaveSingleItem();
        run.Events("TaskOpened", "step1-appoint-cd").Count().ShouldBe(2);
        run.IsOpen("step2-vision-session").ShouldBeTrue();
        run.Main.Tasks["step1-signoff"].Outcome.ShouldBe(SignOff.Approved);
    }

    [Fact]
    public void ReturnedStepTwo_ReopensTheVision_NotTheFacilitatedSession()
    {
        var run = StepOneDone();
        run.Complete("step1-signoff", SignOff.Approved);
        foreach (var id in new[] { "step2-vision-session", "step2-agree-vision", "step2-choose-priority" })
            run.Complete(id);

        run.Complete("step2-signoff", SignOff.Returned, comment: "The board has not endorsed the vision.");

        var vision = run.Task("step2-agree-vision").Task!;
        vision.Attempt.ShouldBe(2);
        vision.ReturnedComment.ShouldBe("The board has not endorsed the vision.");
        run.Events("TaskOpened", "step2-vision-session").ShouldHaveSingleItem();
        run.Complete("step2-agree-vision");
        run.Task("step2-choose-priority").Task!.ReturnedComment.ShouldBe("The board has not endorsed the vision.");
        run.Complete("step2-choose-priority");
        run.Complete("step2-signoff", SignOff.Approved);
        run.Main.OutputLog.ShouldContain("Step 2 signed off");
        run.IsOpen("step3-self-assessment").ShouldBeTrue();
    }

    [Fact]
    public void ClosingTheProgramme_AtTheEndOfTheYear_FinishesTheInstance()
    {
        var run = ProgrammeRun.SixStep(new DateOnly(2019, 7, 1), autoComplete: true);
        run.Host.OutcomeOverrides["plan-next-year"] = new Queue<string>(["Close programme"]);

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2020, 9, 1)));

        var state = run.Main;
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        state.Bookmarks.ShouldBeEmpty();
        state.Tasks["plan-next-year"].Outcome.ShouldBe("Close programme");
        state.FinishedAt.ShouldBe(state.Tasks["plan-next-year"].CompletedAt);
        state.Journal[^1].Kind.ShouldBe(JournalKind.WorkflowFinished);
        state.OutputLog[^1].ShouldBe("Programme year complete");
        state.Variables["Year"].ShouldBe(1);
        run.Events("TaskOpened", "step3-self-assessment").ShouldHaveSingleItem();
        run.Events("InstanceFinished").ShouldHaveSingleItem().At.ShouldBe(state.FinishedAt!.Value);
        run.Host.Events.Where(e => e.InstanceId == state.InstanceId).ShouldAllBe(e => e.At <= state.FinishedAt);
        run.Children.ShouldAllBe(c => c.Status == WorkflowStatus.Finished);
    }

    [Fact]
    public void ClosingTheProgramme_ByHand_FinishesTheInstance()
    {
        var run = ProgrammeRun.SixStep(new DateOnly(2019, 7, 1), autoComplete: true);
        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2020, 4, 30)));
        run.Host.AutoCompleteTasks = false;

        var plan = run.Task("plan-next-year").Task!;
        plan.Outcomes.ShouldBe(["Start next year", "Close programme"]);
        run.Complete("plan-next-year", "Close programme", actor: "lead@ics.nhs.uk").Status.ShouldBe(ResumeStatus.Resumed);

        run.Main.Status.ShouldBe(WorkflowStatus.Finished);
        run.Main.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        run.Main.Journal.ShouldContain(j => j.ActivityId == "programme-closed" && j.Kind == JournalKind.ActivityCompleted);
    }
}
