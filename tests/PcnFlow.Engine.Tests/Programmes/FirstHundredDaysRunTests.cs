using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>The 100-day plan run end to end, and left alone to see who is chased.</summary>
public sealed class FirstHundredDaysRunTests
{
    private static readonly DateOnly Day0 = new(2026, 1, 5);
    private static readonly DateOnly DayHundred = new(2026, 4, 15);

    [Fact]
    public void AutoCompleted_RunsToDayHundredAndFinishes()
    {
        var run = ProgrammeRun.FirstHundredDays(Day0, autoComplete: true);

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2026, 6, 1))).ShouldBeTrue();

        var state = run.Main;
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        state.Incidents.ShouldBeEmpty();
        state.OutputLog.ShouldBe(
        [
            "Purpose signed off by the PCN board",
            "Membership model signed off by the PCN board",
            "First 100 days complete",
        ]);
        var opened = run.Events("TaskOpened").Select(e => e.Task!).ToList();
        opened.Count.ShouldBe(21);
        opened[^1].Title.ShouldBe("Dr A Patel: plan the next 100 days");
        opened[^1].DueDate!.Value.ShouldBeGreaterThanOrEqualTo(DayHundred);
        opened[^1].DueDate.ShouldBe(new DateOnly(2026, 4, 22), "five working days after the review");
        opened.Max(t => t.DueDate!.Value).ShouldBe(opened[^1].DueDate!.Value);
        state.FinishedAt.ShouldBe(ProgrammeRun.London(new DateOnly(2026, 4, 22), 12));
        run.Events("InstanceFinished").ShouldHaveSingleItem();
    }

    [Fact]
    public void AutoCompleted_HundredDayReviewOpensAWeekBeforeDayHundred_AfterTheLastTrack()
    {
        var run = ProgrammeRun.FirstHundredDays(Day0, autoComplete: true);

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2026, 6, 1)));

        var review = run.Events("TaskOpened", "review-day-100").ShouldHaveSingleItem();
        review.At.ShouldBe(ProgrammeRun.London(new DateOnly(2026, 4, 8)));
        review.Task!.DueDate.ShouldBe(DayHundred);
        var lastTrack = run.Host.Events.Where(e => e.Kind == "TaskCompleted" && e.ActivityId != "review-day-100" && e.ActivityId != "next-100-days-plan").Max(e => e.At);
        lastTrack.ShouldBeLessThan(review.At);
    }

    [Fact]
    public void AutoCompleted_EveryEscalationRuleGoesToTheSupportPerson()
    {
        var run = ProgrammeRun.FirstHundredDays(Day0, autoComplete: true);

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2026, 6, 1)));

        var opened = run.Events("TaskOpened").Select(e => e.Task!).ToList();
        opened.ShouldAllBe(t => t.EscalateTo == null || t.EscalateTo == Roles.SupportPerson);
        opened.Count(t => t.EscalateTo == null).ShouldBe(3, "find your support person and the two board sign-offs");
        run.Events("Escalation").ShouldBeEmpty("every task was done on its due date");
    }

    [Fact]
    public void LeftAlone_OverdueTasksEscalateOnlyToTheSupportPerson_NeverTheIcs()
    {
        var run = ProgrammeRun.FirstHundredDays(Day0);

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2026, 5, 1)));

        var escalations = run.Events("Escalation").ToList();
        escalations.Count.ShouldBe(9, "the ten opening tasks less 'Find your personal support'");
        escalations.ShouldAllBe(e => e.Role == Roles.SupportPerson);
        escalations.ShouldNotContain(e => e.ActivityId == "support-find-support");
        run.Host.Events.ShouldNotContain(e => e.Role == Roles.ProgrammeLead);
        run.Events("Notification").ShouldBeEmpty();
        // Commitments register: due Monday 12 January, overdue from the 13th, escalated five days later at 09:00.
        escalations.Single(e => e.ActivityId == "commitments-register").At.ShouldBe(ProgrammeRun.London(new DateOnly(2026, 1, 18)));
        run.Main.Status.ShouldBe(WorkflowStatus.Running);
    }
}
