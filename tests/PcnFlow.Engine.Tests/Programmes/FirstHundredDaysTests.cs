using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>Dr A Patel's first 100 days, day 0 = Monday 5 January 2026.</summary>
public sealed class FirstHundredDaysTests
{
    private static readonly DateOnly Day0 = new(2026, 1, 5);

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // Owners and programme days from the domain brief; dates after rolling to England and Wales working days.
    public static TheoryData<string, string, string, string?> Tasks => new()
    {
        { "commitments-register", Roles.ClinicalDirector, "2026-01-12", Roles.SupportPerson }, // D+7
        { "comms-ask-practices", Roles.ClinicalDirector, "2026-01-19", Roles.SupportPerson }, // D+14
        { "support-find-support", Roles.ClinicalDirector, "2026-02-04", null }, // D+30: it names the support person
        { "comms-channel-live", Roles.ClinicalDirector, "2026-02-04", Roles.SupportPerson }, // D+30
        { "meetings-triage", Roles.ClinicalDirector, "2026-02-04", Roles.SupportPerson }, // D+30
        { "listening-visits", Roles.ClinicalDirector, "2026-02-19", Roles.SupportPerson }, // D+45
        { "purpose-draft", Roles.ClinicalDirector, "2026-02-19", Roles.SupportPerson }, // D+45
        { "stakeholder-map", Roles.ClinicalDirector, "2026-03-06", Roles.SupportPerson }, // D+60
        { "meetings-revisit", Roles.ClinicalDirector, "2026-03-06", Roles.SupportPerson }, // D+60
        { "purpose-playback", Roles.ClinicalDirector, "2026-03-06", Roles.SupportPerson }, // D+60
        { "small-wins-pick", Roles.ClinicalDirector, "2026-03-06", Roles.SupportPerson }, // D+60
        { "purpose-board-signoff", Roles.PcnBoard, "2026-03-13", null }, // D+67
        { "needs-discovery", Roles.ClinicalDirector, "2026-03-23", Roles.SupportPerson }, // D+75 = Saturday 21 March
        { "membership-model", Roles.ClinicalDirector, "2026-03-30", Roles.SupportPerson }, // D+83 = Sunday 29 March
        { "membership-board-signoff", Roles.PcnBoard, "2026-04-07", null }, // D+90 = Easter Sunday; Easter Monday too
        { "small-wins-deliver", Roles.ClinicalDirector, "2026-04-07", Roles.SupportPerson }, // D+90
    };

    [Theory]
    [MemberData(nameof(Tasks))]
    public void Task_OpensWithTheBriefsOwnerAndDueDay(string activityId, string owner, string due, string? escalateTo)
    {
        var run = ProgrammeRun.FirstHundredDays(Day0);

        run.CompleteEverythingUntil(ProgrammeRun.London(new DateOnly(2026, 5, 1)));

        var task = run.Events("TaskOpened", activityId).ShouldHaveSingleItem().Task!;
        task.OwnerRole.ShouldBe(owner);
        task.DueDate.ShouldBe(Date(due));
        task.EscalateTo.ShouldBe(escalateTo);
        task.WorkingDays.ShouldBeTrue();
        task.Reminders.Select(r => r.Offset).ShouldBe(["-P3D", "P0D"]);
    }

    [Fact]
    public void Start_OpensTheFirstTaskOfEveryTrack_AtOnce()
    {
        var run = ProgrammeRun.FirstHundredDays(Day0);

        run.Main.OpenTasks.Select(b => b.ActivityId).Order().ShouldBe(
        [
            "commitments-register", "comms-ask-practices", "listening-visits", "meetings-triage", "membership-model",
            "needs-discovery", "purpose-draft", "small-wins-pick", "stakeholder-map", "support-find-support",
        ]);
        run.Main.Variables["CdDisplayName"].ShouldBe(ProgrammeRun.CdName);
        run.Main.Journal[0].Kind.ShouldBe(JournalKind.WorkflowStarted);
        run.Main.OpenTasks.Select(b => b.Task!.Stage).Distinct().Count().ShouldBe(7, "one stage per theme");
    }

    [Fact]
    public void Checkpoints_OpenAWeekAhead_AsReviewsDueOnTheirDay_WithTheCdAndSupportPerson()
    {
        var run = ProgrammeRun.FirstHundredDays(Day0);
        run.Complete("commitments-register");

        var expected = new[]
        {
            ("checkpoint-day-30", ProgrammeRun.London(new DateOnly(2026, 1, 28)), new DateOnly(2026, 2, 4)),
            ("checkpoint-day-60", ProgrammeRun.London(new DateOnly(2026, 2, 27)), new DateOnly(2026, 3, 6)),
        };
        foreach (var (id, opensAt, due) in expected)
        {
            run.Main.Bookmarks.ShouldContain(b => b.ActivityId == id && b.Kind == BookmarkKinds.Timer && b.DueAt == opensAt);
            run.Host.AdvanceTo(opensAt.AddMinutes(-1));
            run.IsOpen(id).ShouldBeFalse();
            run.Host.AdvanceTo(opensAt);

            var review = run.Task(id).Task!;
            review.Kind.ShouldBe(TaskKinds.Review);
            review.OpenedAt.ShouldBe(opensAt);
            review.ScheduledDate.ShouldBe(due);
            review.DueDate.ShouldBe(due);
            review.OwnerRole.ShouldBe(Roles.ClinicalDirector);
            review.Participants.ShouldBe([Roles.ClinicalDirector, Roles.SupportPerson]);
            review.Checklist!.ShouldContain(item => item.Contains("ommitments register", StringComparison.Ordinal));
            review.EscalateTo.ShouldBe(Roles.SupportPerson);
            run.Complete(id).Status.ShouldBe(ResumeStatus.Resumed);
        }

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2026, 4, 1)));
        var dayNinety = run.Task("checkpoint-day-90").Task!;
        dayNinety.DueDate.ShouldBe(new DateOnly(2026, 4, 7)); // D+90 = Easter Sunday 5 April; Monday 6 April is Easter Monday
        dayNinety.Participants.ShouldBe([Roles.ClinicalDirector, Roles.SupportPerson]);
    }

    [Fact]
    public void Review_ScheduledOnEasterSunday_HasTheWorkingDayItIsDueAsItsScheduledDate()
    {
        // The README: scheduledDay is "the review date, which is also its due date", and workingDays applies.
        var run = ProgrammeRun.FirstHundredDays(Day0);

        run.CompleteEverythingUntil(ProgrammeRun.London(new DateOnly(2026, 4, 1)), skip: b => b.ActivityId == "checkpoint-day-90");

        var review = run.Task("checkpoint-day-90").Task!;
        review.DueDate.ShouldBe(new DateOnly(2026, 4, 7));
        review.ScheduledDate.ShouldBe(review.DueDate);
        review.OpenedAt.ShouldBe(ProgrammeRun.London(new DateOnly(2026, 3, 31)), "a week before the working-day review date, not on Sunday 29 March");
    }

    [Fact]
    public void HundredDayReview_WaitsForEveryTrack_ThenOpensAtOnce()
    {
        var run = ProgrammeRun.FirstHundredDays(Day0);

        run.CompleteEverythingUntil(ProgrammeRun.London(new DateOnly(2026, 4, 20)), skip: b => b.ActivityId == "needs-discovery");

        run.Events("TaskOpened", "review-day-100").ShouldBeEmpty();
        run.Main.Bookmarks.ShouldNotContain(b => b.ActivityId == "review-day-100");
        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2026, 4, 20), 10));
        run.Complete("needs-discovery").Status.ShouldBe(ResumeStatus.Resumed);

        var review = run.Task("review-day-100").Task!;
        review.OpenedAt.ShouldBe(run.Now);
        review.ScheduledDate.ShouldBe(new DateOnly(2026, 4, 15));
        review.DueDate.ShouldBe(new DateOnly(2026, 4, 15));
        review.Title.ShouldBe("Dr A Patel: 100-day review");
        review.Participants.ShouldBe([Roles.ClinicalDirector, Roles.SupportPerson]);
    }
}
