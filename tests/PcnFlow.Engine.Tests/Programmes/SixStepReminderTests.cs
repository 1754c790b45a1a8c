using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>Reminders at 09:00 London three working days before and on the due date, and escalation once overdue.</summary>
public sealed class SixStepReminderTests
{
    private static readonly DateOnly Day0 = new(2019, 7, 1);

    private static ProgrammeRun Started() => ProgrammeRun.SixStep(Day0, clockStart: new DateOnly(2019, 6, 17));

    private static DateTimeOffset At(int year, int month, int day, int hour = 9, int minute = 0) =>
        ProgrammeRun.London(new DateOnly(year, month, day), hour).AddMinutes(minute);

    [Fact]
    public void StepOneReminders_FireAtNineLondonTime_ThreeWorkingDaysBeforeAndOnTheDueDate()
    {
        var run = Started();

        run.Host.AdvanceTo(At(2019, 6, 26, 8, 59));
        run.Events("Reminder").ShouldBeEmpty();

        run.Host.AdvanceTo(At(2019, 6, 26, 9));
        var early = run.Events("Reminder").ToList();
        early.Select(e => e.ActivityId).Order().ShouldBe(["step1-appoint-cd", "step1-confirm-practices", "step1-sign-agreement"]);
        early.ShouldAllBe(e => e.At == new DateTimeOffset(2019, 6, 26, 8, 0, 0, TimeSpan.Zero));
        early.Single(e => e.ActivityId == "step1-appoint-cd").Role.ShouldBe(Roles.PcnBoard);
        early.Single(e => e.ActivityId == "step1-appoint-cd").Text.ShouldBe("Appoint the Clinical Director (-P3D)");

        run.Host.AdvanceTo(At(2019, 7, 1, 12));
        var onTheDay = run.Events("Reminder").Skip(3).ToList();
        onTheDay.Count.ShouldBe(3);
        onTheDay.ShouldAllBe(e => e.At == At(2019, 7, 1) && e.Text.EndsWith("(P0D)", StringComparison.Ordinal));
    }

    [Fact]
    public void CompletedTask_GetsNoFurtherRemindersOrEscalation()
    {
        var run = Started();
        run.Host.AdvanceTo(At(2019, 6, 27, 10));

        run.Complete("step1-confirm-practices").Status.ShouldBe(ResumeStatus.Resumed);
        run.Host.AdvanceTo(At(2019, 7, 10));

        run.Events("Reminder", "step1-confirm-practices").ShouldHaveSingleItem().At.ShouldBe(At(2019, 6, 26));
        run.Events("Escalation", "step1-confirm-practices").ShouldBeEmpty();
        run.Events("Reminder", "step1-sign-agreement").Count().ShouldBe(2);
    }

    [Fact]
    public void OverduePracticeManagerAndBoardTasks_EscalateToTheProgrammeLead_FiveDaysAfterTheDueDate()
    {
        var run = Started();

        run.Host.AdvanceTo(At(2019, 7, 7, 8, 59));
        run.Events("Escalation").ShouldBeEmpty();
        run.Host.AdvanceTo(At(2019, 7, 7, 9));

        var escalations = run.Events("Escalation").ToList();
        escalations.Select(e => e.ActivityId).Order().ShouldBe(["step1-appoint-cd", "step1-confirm-practices", "step1-sign-agreement"]);
        escalations.ShouldAllBe(e => e.Role == Roles.ProgrammeLead && e.At == At(2019, 7, 7));
    }

    [Fact]
    public void OverdueClinicalDirectorTask_EscalatesOnceToTheSupportPerson_NeverTheProgrammeLead()
    {
        var run = Started();

        run.Host.AdvanceTo(At(2020, 5, 1));

        // Name wider partners: due Wednesday 1 April 2020; -P14D and -P3D count working days; BST starts 29 March.
        run.Events("Reminder", "step1-name-partners").Select(e => (e.At, e.Role)).ShouldBe(
        [
            (new DateTimeOffset(2020, 3, 12, 9, 0, 0, TimeSpan.Zero), Roles.ClinicalDirector),
            (new DateTimeOffset(2020, 3, 27, 9, 0, 0, TimeSpan.Zero), Roles.ClinicalDirector),
            (new DateTimeOffset(2020, 4, 1, 8, 0, 0, TimeSpan.Zero), Roles.ClinicalDirector),
        ]);
        var escalation = run.Events("Escalation", "step1-name-partners").ShouldHaveSingleItem();
        escalation.Role.ShouldBe(Roles.SupportPerson);
        escalation.At.ShouldBe(At(2020, 4, 7));
        escalation.Text.ShouldBe("Name the PCN's wider partners");
    }

    [Fact]
    public void ClinicalDirectorTaskCompletedAfterItsReminders_IsNotEscalated()
    {
        var run = Started();
        run.Host.AdvanceTo(At(2020, 4, 6, 17));

        run.Complete("step1-name-partners").Status.ShouldBe(ResumeStatus.Resumed);
        run.Host.AdvanceTo(At(2020, 5, 1));

        run.Events("Escalation", "step1-name-partners").ShouldBeEmpty();
        run.Main.OutputLog.ShouldContain("Wider partners named");
    }

    [Fact]
    public void HostEvents_AreInTimeOrder()
    {
        var run = Started();

        run.Host.AdvanceTo(At(2020, 5, 1));

        run.Host.Events.Select(e => e.At).ShouldBeInOrder(SortDirection.Ascending);
        run.Host.Events.ShouldAllBe(e => e.Kind != "Escalation" || e.Role != Roles.ClinicalDirector);
        run.Host.Events.Where(e => e.Kind == "Reminder").GroupBy(e => (e.ActivityId, e.Text)).ShouldAllBe(g => g.Count() == 1);
    }
}
