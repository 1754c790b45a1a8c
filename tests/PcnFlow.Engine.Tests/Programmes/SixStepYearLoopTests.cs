using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>A whole 2019/20 year run with every task completed on its due date, then the loop back to step 3.</summary>
public sealed class SixStepYearLoopTests
{
    private static readonly DateOnly Day0 = new(2019, 7, 1);

    private static ProgrammeRun FirstYear()
    {
        var run = ProgrammeRun.SixStep(Day0, autoComplete: true);
        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2020, 6, 30))).ShouldBeTrue();
        return run;
    }

    [Fact]
    public void WholeYear_SignsOffEveryStepInOrder_AndStartsYearTwo()
    {
        var run = FirstYear();

        run.Main.OutputLog.ShouldBe(
        [
            "Clinical Director appointed",
            "Step 1 signed off",
            "Step 2 signed off",
            "Step 3 signed off",
            "Step 4 signed off",
            "Step 5 signed off",
            "Wider partners named",
            "Step 6 signed off",
            "Programme year complete",
        ]);
        run.Main.Status.ShouldBe(WorkflowStatus.Running);
        run.Main.Incidents.ShouldBeEmpty();
        Convert.ToInt32(run.Main.Variables["Year"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(2);
        run.Events("Notification").Select(e => e.Text).ShouldBe(
            Enumerable.Range(1, 6).Select(step => $"North Shore PCN: step {step} signed off"));
    }

    [Fact]
    public void WholeYear_RemindsAtNineLondonTimeOnWorkingDays_AcrossBothClockChanges()
    {
        var run = FirstYear();

        var reminders = run.Host.Events.Where(e => e.Kind == "Reminder").ToList();
        var dueDates = run.Host.Events.Where(e => e.Kind == "TaskOpened").Select(e => e.Task!.DueDate!.Value).ToList();

        reminders.Count.ShouldBeGreaterThan(100);
        reminders.ShouldAllBe(e => TimeZoneInfo.ConvertTime(e.At, UkTime.London).TimeOfDay == new TimeSpan(9, 0, 0));
        reminders.ShouldAllBe(e => WorkingDayCalendar.EnglandAndWales.IsWorkingDay(UkTime.Today(e.At)));
        dueDates.ShouldAllBe(d => WorkingDayCalendar.EnglandAndWales.IsWorkingDay(d));
        reminders.ShouldContain(e => e.At == new DateTimeOffset(2019, 10, 21, 8, 0, 0, TimeSpan.Zero)); // BST, to 27 October
        reminders.ShouldContain(e => e.At == new DateTimeOffset(2019, 11, 5, 9, 0, 0, TimeSpan.Zero)); // GMT
        reminders.ShouldContain(e => e.At == new DateTimeOffset(2020, 3, 26, 9, 0, 0, TimeSpan.Zero)); // GMT, to 29 March
        reminders.ShouldContain(e => e.At == new DateTimeOffset(2020, 3, 31, 8, 0, 0, TimeSpan.Zero)); // BST
    }

    [Fact]
    public void YearTwo_OpensStepThreeSelfAssessmentAgain_DueAProgrammeYearLater()
    {
        var run = FirstYear();

        var openings = run.Events("TaskOpened", "step3-self-assessment").Select(e => e.Task!).ToList();

        openings.Count.ShouldBe(2);
        openings[0].DueDate.ShouldBe(new DateOnly(2019, 9, 30)); // D+91
        // The programme year is 365 days (see the definition's description), and 2020 is a leap year.
        openings[1].DueDate.ShouldBe(new DateOnly(2020, 9, 29));
        openings[1].DueDate!.Value.DayNumber.ShouldBe(openings[0].DueDate!.Value.DayNumber + 365);
        openings[1].ReturnedComment.ShouldBeNull();
        openings[1].Attempt.ShouldBe(1, "nothing was returned: a new year is a first attempt");
        openings[1].OpenedAt.ShouldBe(run.Events("TaskCompleted", "plan-next-year").Single().At);
        run.Task("step3-self-assessment").Task!.DueDate.ShouldBe(new DateOnly(2020, 9, 29));
        run.Task("step3-practice-views").Task!.DueDate.ShouldBe(new DateOnly(2020, 9, 22));
        run.Main.OpenTasks.Select(b => b.ActivityId).Order().ShouldBe(["step3-practice-views", "step3-self-assessment"]);
    }

    [Fact]
    public void FirstYear_StepsFallInTheBriefsWindows()
    {
        var run = FirstYear();
        DateOnly FirstDue(string id) => run.Events("TaskOpened", id).First().Task!.DueDate!.Value;

        FirstDue("step3-self-assessment").ShouldBe(new DateOnly(2019, 9, 30), "step 3 by the end of September");
        FirstDue("step4-signoff").ShouldBe(new DateOnly(2019, 10, 21)); // D+110 = Saturday 19 October
        FirstDue("step5-mid-year-review").ShouldBe(new DateOnly(2019, 12, 30)); // D+180 = Saturday 28 December
        FirstDue("step6-end-of-year-review").ShouldBe(new DateOnly(2020, 3, 31), "step 6 by 31 March");
        FirstDue("step1-name-partners").ShouldBe(new DateOnly(2020, 4, 1)); // D+275
        var review = run.Events("TaskOpened", "step6-end-of-year-review").First().Task!;
        review.Kind.ShouldBe(TaskKinds.Review);
        review.Participants.ShouldBe([Roles.ClinicalDirector, Roles.ProgrammeLead]);
        review.Checklist!.Count.ShouldBe(8, "the eight end-of-year expectations");
    }

    [Fact]
    public void MonthlyCheckIns_RunSixTimesBesideStepsFiveAndSix_AndHoldBackOnlyTheNextYear()
    {
        var run = FirstYear();

        var checkIns = run.Events("TaskOpened", "step5-monthly-check-in").Select(e => e.Task!).Take(6).ToList();

        checkIns.Select(t => t.Title).ShouldBe(Enumerable.Range(1, 6).Select(n => $"Monthly check-in with the Clinical Director ({n} of 6)"));
        checkIns.ShouldAllBe(t => t.OwnerRole == Roles.ProgrammeLead && t.EscalateAt == null);
        var stepSixSignOff = run.Events("TaskCompleted", "step6-signoff").First().At;
        var sixthDone = run.Events("TaskCompleted", "step5-monthly-check-in").ElementAt(5).At;
        run.Events("TaskOpened", "step6-repeat-self-assessment").First().At.ShouldBeLessThan(sixthDone);
        run.Events("TaskOpened", "plan-next-year").Single().At.ShouldBe(new[] { stepSixSignOff, sixthDone }.Max());
    }

    [Fact]
    public void ReturnedStepSix_ReopensTheRepeatSelfAssessmentWithItsComment()
    {
        var run = ProgrammeRun.SixStep(Day0, autoComplete: true);
        run.Host.OutcomeOverrides["step6-signoff"] = new Queue<string>([SignOff.Returned, SignOff.Approved]);

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2020, 6, 30)));

        var redo = run.Events("TaskOpened", "step6-repeat-self-assessment").Select(e => e.Task!).ToList();
        redo.Count.ShouldBe(2);
        redo[1].Attempt.ShouldBe(2);
        redo[1].ReturnedComment.ShouldBe("Please add more detail and resubmit.");
        run.Main.OutputLog.Count(l => l == "Step 6 signed off").ShouldBe(1);
        run.Events("TaskOpened", "step3-self-assessment").Count().ShouldBe(2);
    }

    [Fact]
    public void EverySignOffReturnedOnce_TheYearStillCompletesWithEachStepSignedOffOnce()
    {
        var run = ProgrammeRun.SixStep(Day0, autoComplete: true);
        foreach (var step in Enumerable.Range(1, 6))
            run.Host.OutcomeOverrides[$"step{step}-signoff"] = new Queue<string>([SignOff.Returned, SignOff.Approved]);

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2020, 6, 30)));

        run.Main.Incidents.ShouldBeEmpty();
        run.Main.OutputLog.Where(l => l.StartsWith("Step ", StringComparison.Ordinal))
            .ShouldBe(Enumerable.Range(1, 6).Select(n => $"Step {n} signed off"));
        foreach (var step in Enumerable.Range(1, 6))
            run.Events("TaskOpened", $"step{step}-signoff").Count().ShouldBe(2, $"step {step}");
        run.Events("TaskOpened", "step3-agree-needs").Count().ShouldBe(2);
        run.Events("TaskOpened", "step3-self-assessment").Count().ShouldBe(3, "twice in year one, once for year two");
        run.Events("TaskOpened", "step5-support-started").Count().ShouldBe(1, "a returned step 5 redoes only the report");
        run.Events("TaskOpened", "step5-monthly-check-in").Count().ShouldBe(6);
        run.Children.ShouldHaveSingleItem();
        run.Main.OpenTasks.Select(b => b.ActivityId).Order().ShouldBe(["step3-practice-views", "step3-self-assessment"]);
    }

    [Fact]
    public void YearTwo_RunsStepsThreeToSixAgain_WithFreshCheckInsAndAYearLaterDates()
    {
        var run = ProgrammeRun.SixStep(Day0, autoComplete: true);

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2021, 6, 30))).ShouldBeTrue();

        run.Main.Incidents.ShouldBeEmpty();
        Convert.ToInt32(run.Main.Variables["Year"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(3);
        run.Main.OutputLog.Count(l => l == "Step 6 signed off").ShouldBe(2);
        run.Main.OutputLog.Count(l => l == "Step 1 signed off").ShouldBe(1);
        var checkIns = run.Events("TaskOpened", "step5-monthly-check-in").Select(e => e.Task!.Title).ToList();
        checkIns.Count.ShouldBe(12);
        checkIns[6].ShouldBe("Monthly check-in with the Clinical Director (1 of 6)");
        var reviews = run.Events("TaskOpened", "step6-end-of-year-review").Select(e => e.Task!.DueDate).ToList();
        reviews.ShouldBe([new DateOnly(2020, 3, 31), new DateOnly(2021, 3, 31)]);
        run.Events("TaskOpened", "step2-vision-session").ShouldHaveSingleItem();
    }
}
