using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>Six-step programme, 2019/20 cycle (day 0 = Monday 1 July 2019), started a fortnight ahead.</summary>
public sealed class SixStepStartTests
{
    private static readonly DateOnly Day0 = new(2019, 7, 1);

    private static ProgrammeRun Started() => ProgrammeRun.SixStep(Day0, clockStart: new DateOnly(2019, 6, 17));

    // D-1 is Sunday 30 June 2019, which rolls forward to the next working day, Monday 1 July.
    // D+275 is Wednesday 1 April 2020.
    public static TheoryData<string, string, string, string> StepOneTasks => new()
    {
        { "step1-confirm-practices", Roles.PracticeManager, "2019-07-01", Roles.ProgrammeLead },
        { "step1-appoint-cd", Roles.PcnBoard, "2019-07-01", Roles.ProgrammeLead },
        { "step1-sign-agreement", Roles.PracticeManager, "2019-07-01", Roles.ProgrammeLead },
        { "step1-name-partners", Roles.ClinicalDirector, "2020-04-01", Roles.SupportPerson },
    };

    [Theory]
    [MemberData(nameof(StepOneTasks))]
    public void Start_OpensStepOneTask_WithOwnerWorkingDayDueDateAndEscalation(string activityId, string owner, string due, string escalateTo)
    {
        var run = Started();

        var task = run.Task(activityId).Task!;

        task.OwnerRole.ShouldBe(owner);
        task.Stage.ShouldBe("Step 1: Establish the PCN");
        task.DueDate.ShouldBe(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
        task.DueAt.ShouldBe(ProgrammeRun.London(task.DueDate!.Value.AddDays(1), 0));
        task.WorkingDays.ShouldBeTrue();
        task.EscalateTo.ShouldBe(escalateTo);
        task.Attempt.ShouldBe(1);
        task.OpenedAt.ShouldBe(ProgrammeRun.London(new DateOnly(2019, 6, 17), 8));
    }

    [Fact]
    public void Start_OpensExactlyTheFourStepOneTasks_AndJournalsTheStart()
    {
        var run = Started();

        run.Main.Status.ShouldBe(WorkflowStatus.Running);
        run.Main.SubStatus.ShouldBe(WorkflowSubStatus.Suspended);
        run.Main.Day0.ShouldBe(Day0);
        run.Main.PcnName.ShouldBe(ProgrammeRun.Pcn);
        run.Main.OpenTasks.Select(b => b.ActivityId).Order().ShouldBe(
            ["step1-appoint-cd", "step1-confirm-practices", "step1-name-partners", "step1-sign-agreement"]);
        run.Events("TaskOpened").Count().ShouldBe(4);
        run.Main.OutputLog.ShouldBeEmpty();

        var first = run.Main.Journal[0];
        first.Kind.ShouldBe(JournalKind.WorkflowStarted);
        first.Actor.ShouldBe("lead@ics.nhs.uk");
        first.At.ShouldBe(run.Now);
        run.Main.Journal.Where(j => j.Kind == JournalKind.BookmarkCreated).Select(j => j.Message).Order().ShouldBe(
        [
            "Appoint the Clinical Director",
            "Confirm the PCN's member practices",
            "Name the PCN's wider partners",
            "Sign the Network Contract DES and Network Agreement",
        ]);
    }

    [Fact]
    public void StepOneSignOff_OpensOnlyWhenTheJoinHasAllThreeTasks()
    {
        var run = Started();

        run.Complete("step1-appoint-cd", fields: new JsonObject { ["cdName"] = ProgrammeRun.CdName, ["startDate"] = "2019-07-15" })
            .Status.ShouldBe(ResumeStatus.Resumed);
        run.Main.OutputLog.ShouldBe(["Clinical Director appointed"]);
        run.IsOpen("step1-signoff").ShouldBeFalse();

        run.Complete("step1-confirm-practices").Status.ShouldBe(ResumeStatus.Resumed);
        run.IsOpen("step1-signoff").ShouldBeFalse();

        var rejected = run.Complete("step1-sign-agreement", fields: new JsonObject { ["allPracticesSigned"] = false, ["signedAgreement"] = "not a link" });
        rejected.Status.ShouldBe(ResumeStatus.Rejected);
        rejected.Errors.Select(e => e.Field).Order().ShouldBe(["allPracticesSigned", "signedAgreement"]);
        run.IsOpen("step1-sign-agreement").ShouldBeTrue();
        run.Main.Tasks.ShouldNotContainKey("step1-sign-agreement");
        run.IsOpen("step1-signoff").ShouldBeFalse();

        run.Complete("step1-sign-agreement").Status.ShouldBe(ResumeStatus.Resumed);
        var signOff = run.Task("step1-signoff").Task!;
        signOff.Kind.ShouldBe(TaskKinds.SignOff);
        signOff.OwnerRole.ShouldBe(Roles.ProgrammeLead);
        signOff.DueDate.ShouldBe(new DateOnly(2019, 7, 15));
        signOff.SignsOff.ShouldBe(["step1-confirm-practices", "step1-appoint-cd", "step1-sign-agreement"]);
        signOff.Outcomes.ShouldBe([SignOff.Approved, SignOff.Returned]);
        signOff.EscalateTo.ShouldBeNull();
    }

    [Fact]
    public void ApprovedSignOffs_MoveThroughStepsOneAndTwo_IntoStepThree()
    {
        var run = Started();
        foreach (var id in new[] { "step1-appoint-cd", "step1-confirm-practices", "step1-sign-agreement" })
            run.Complete(id);
        var signOffBookmark = run.Task("step1-signoff").Id;

        run.Complete("step1-signoff", SignOff.Approved, actor: "lead@ics.nhs.uk").Status.ShouldBe(ResumeStatus.Resumed);

        run.Host.Resume(run.MainId, signOffBookmark, new ResumeInput { Outcome = SignOff.Returned, Comment = "Too late" })
            .Status.ShouldBe(ResumeStatus.AlreadyResumed);
        run.Main.Tasks["step1-signoff"].Outcome.ShouldBe(SignOff.Approved);
        run.Main.Tasks["step1-signoff"].CompletedBy.ShouldBe("lead@ics.nhs.uk");
        run.Main.Journal.ShouldContain(j => j.Kind == JournalKind.BookmarkResumed && j.ActivityId == "step1-signoff"
            && j.Actor == "lead@ics.nhs.uk" && j.Outcome == SignOff.Approved && j.BookmarkId == signOffBookmark);
        var notification = run.Events("Notification", "step1-notify").ShouldHaveSingleItem();
        notification.Text.ShouldBe("North Shore PCN: step 1 signed off");
        notification.Role.ShouldBe("ClinicalDirector,PcnBoard");

        var vision = run.Task("step2-vision-session").Task!;
        vision.OwnerRole.ShouldBe(Roles.ProgrammeLead);
        vision.DueDate.ShouldBe(new DateOnly(2019, 7, 31));
        run.Complete("step2-vision-session");
        run.Task("step2-agree-vision").Task!.DueDate.ShouldBe(new DateOnly(2019, 8, 15));
        run.Complete("step2-agree-vision");
        // D+75 is Saturday 14 September 2019.
        run.Task("step2-choose-priority").Task!.DueDate.ShouldBe(new DateOnly(2019, 9, 16));
        run.Complete("step2-choose-priority");
        run.Task("step2-signoff").Task!.DueDate.ShouldBe(new DateOnly(2019, 9, 17));
        run.Complete("step2-signoff", SignOff.Approved);

        run.Main.OutputLog.ShouldBe(["Clinical Director appointed", "Step 1 signed off", "Step 2 signed off"]);
        run.Task("step3-self-assessment").Task!.DueDate.ShouldBe(new DateOnly(2019, 9, 30));
        run.Task("step3-practice-views").Task!.DueDate.ShouldBe(new DateOnly(2019, 9, 23));
        run.IsOpen("step3-agree-needs").ShouldBeFalse();
        run.IsOpen("step1-name-partners").ShouldBeTrue();
    }
}
