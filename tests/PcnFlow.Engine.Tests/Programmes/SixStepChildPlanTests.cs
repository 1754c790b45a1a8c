using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>Appointing the Clinical Director in step 1 starts their first-100-days plan as a child instance.</summary>
public sealed class SixStepChildPlanTests
{
    private static readonly DateOnly StartDate = new(2019, 7, 15);

    private static ProgrammeRun Appointed()
    {
        var run = ProgrammeRun.SixStep(new DateOnly(2019, 7, 1));
        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2019, 7, 2), 11));
        run.Complete("step1-appoint-cd", fields: new JsonObject { ["cdName"] = ProgrammeRun.CdName, ["startDate"] = "2019-07-15" }, actor: "board@northshore.nhs.uk")
            .Status.ShouldBe(ResumeStatus.Resumed);
        return run;
    }

    [Fact]
    public void AppointingTheCd_DispatchesFirstHundredDays_WithTheCdsNameAndStartDateAsDayZero()
    {
        var run = Appointed();

        var started = run.Events("ChildStarted").ShouldHaveSingleItem();
        started.ActivityId.ShouldBe("step1-start-first-100-days");
        started.Text.ShouldBe(ProgrammeRun.FirstHundredDaysId);
        var child = run.Children.ShouldHaveSingleItem();
        child.DefinitionId.ShouldBe(ProgrammeRun.FirstHundredDaysId);
        child.ParentInstanceId.ShouldBe(run.MainId);
        child.InstanceId.ShouldStartWith(run.MainId);
        child.Day0.ShouldBe(StartDate);
        child.PcnName.ShouldBe(ProgrammeRun.Pcn);
        child.Input["cdName"].ShouldBe(ProgrammeRun.CdName);
        child.Variables["CdDisplayName"].ShouldBe(ProgrammeRun.CdName);
        child.Status.ShouldBe(WorkflowStatus.Running);
        run.Main.ActivityOutputs["step1-start-first-100-days"].ShouldBe(child.InstanceId);
    }

    [Fact]
    public void ChildPlan_CountsItsDueDatesFromTheStartDate()
    {
        var run = Appointed();
        var child = run.Children.Single();

        run.Task("commitments-register", child).Task!.DueDate.ShouldBe(new DateOnly(2019, 7, 22)); // D+7
        run.Task("comms-ask-practices", child).Task!.DueDate.ShouldBe(new DateOnly(2019, 7, 29)); // D+14
        run.Task("support-find-support", child).Task!.DueDate.ShouldBe(new DateOnly(2019, 8, 14)); // D+30
        run.Task("needs-discovery", child).Task!.DueDate.ShouldBe(new DateOnly(2019, 9, 30)); // D+75 = Sunday 29 September
        child.OpenTasks.ShouldAllBe(b => b.Task!.OpenedAt == run.Now);
    }

    [Fact]
    public void ParentDoesNotWait_ForTheChildPlan()
    {
        var run = Appointed();

        run.Main.Bookmarks.ShouldNotContain(b => b.Kind == BookmarkKinds.ChildWorkflow);
        run.Main.OutputLog.ShouldBe(["Clinical Director appointed"]);
        run.Complete("step1-confirm-practices");
        run.Complete("step1-sign-agreement");
        run.IsOpen("step1-signoff").ShouldBeTrue();
        run.Children.Single().Status.ShouldBe(WorkflowStatus.Running);
    }

    [Fact]
    public void ChildPlan_RunsToItsHundredDayReview_WhileTheProgrammeCarriesOn()
    {
        var run = Appointed();
        run.Host.AutoCompleteTasks = true;

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2019, 11, 30)));

        var child = run.Children.Single();
        child.Status.ShouldBe(WorkflowStatus.Finished);
        child.OutputLog[^1].ShouldBe("First 100 days complete");
        var review = run.Events("TaskOpened", "review-day-100", child).ShouldHaveSingleItem().Task!;
        review.Title.ShouldBe("Dr A Patel: 100-day review");
        review.DueDate.ShouldBe(new DateOnly(2019, 10, 23)); // D+100 from 15 July 2019
        run.Main.Status.ShouldBe(WorkflowStatus.Running);
        run.Host.Events.Where(e => e.InstanceId == child.InstanceId && e.Kind is "Escalation" or "Notification")
            .ShouldAllBe(e => e.Role == Roles.SupportPerson);
    }
}
