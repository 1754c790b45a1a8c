using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>Programme days that land on weekends and England and Wales bank holidays move to the next working day.</summary>
public sealed class SixStepDueDateTests
{
    private static void SignOffStepOne(ProgrammeRun run)
    {
        foreach (var id in new[] { "step1-appoint-cd", "step1-confirm-practices", "step1-sign-agreement" })
            run.Complete(id).Status.ShouldBe(ResumeStatus.Resumed);
        run.Complete("step1-signoff", SignOff.Approved).Status.ShouldBe(ResumeStatus.Resumed);
    }

    [Fact]
    public void StepOneSignOff_DueOnSummerBankHoliday_MovesToTuesday()
    {
        // Day 0 = Monday 12 August 2019, so D+14 is Monday 26 August 2019, the Summer bank holiday,
        // and D-1 is Sunday 11 August.
        var run = ProgrammeRun.SixStep(new DateOnly(2019, 8, 12));
        run.Task("step1-confirm-practices").Task!.DueDate.ShouldBe(new DateOnly(2019, 8, 12));

        foreach (var id in new[] { "step1-appoint-cd", "step1-confirm-practices", "step1-sign-agreement" })
            run.Complete(id);

        var signOff = run.Task("step1-signoff").Task!;
        signOff.DueDate.ShouldBe(new DateOnly(2019, 8, 27));
        signOff.DueAt.ShouldBe(ProgrammeRun.London(new DateOnly(2019, 8, 28), 0));
        // Three working days before Tuesday 27 August, skipping the weekend and the bank holiday.
        signOff.Reminders.Select(r => (r.Offset, r.At)).ShouldBe(
        [
            ("-P3D", ProgrammeRun.London(new DateOnly(2019, 8, 21))),
            ("P0D", ProgrammeRun.London(new DateOnly(2019, 8, 27))),
        ]);
    }

    [Fact]
    public void VisionSession_DueOnChristmasDay_MovesPastBoxingDayToFriday()
    {
        // Day 0 = Monday 25 November 2019, so D+30 is Wednesday 25 December; 26 December is a bank holiday too.
        var run = ProgrammeRun.SixStep(new DateOnly(2019, 11, 25));
        SignOffStepOne(run);

        var vision = run.Task("step2-vision-session").Task!;

        vision.DueDate.ShouldBe(new DateOnly(2019, 12, 27));
        vision.EscalateAt.ShouldBeNull("the programme lead's own tasks do not escalate");
        vision.Reminders.Select(r => r.At).ShouldBe(
        [
            ProgrammeRun.London(new DateOnly(2019, 12, 20)),
            ProgrammeRun.London(new DateOnly(2019, 12, 27)),
        ]);
    }

    [Fact]
    public void VisionSession_DueOnChristmasDay_RemindsAndCompletesOnTheWorkingDay()
    {
        var run = ProgrammeRun.SixStep(new DateOnly(2019, 11, 25));
        SignOffStepOne(run);

        run.Host.AdvanceTo(ProgrammeRun.London(new DateOnly(2019, 12, 28)));

        run.Events("Reminder", "step2-vision-session").Select(e => e.At).ShouldBe(
        [
            ProgrammeRun.London(new DateOnly(2019, 12, 20)),
            ProgrammeRun.London(new DateOnly(2019, 12, 27)),
        ]);
    }

    [Theory]
    [InlineData("2019-07-01", "step2-choose-priority", "2019-09-16")] // D+75 = Saturday 14 September 2019
    [InlineData("2020-03-16", "step1-signoff", "2020-03-30")] // D+14 = Monday 30 March 2020, a working day: unchanged
    [InlineData("2020-03-30", "step1-signoff", "2020-04-14")] // D+14 = Monday 13 April 2020, Easter Monday
    [InlineData("2020-04-24", "step1-signoff", "2020-05-11")] // D+14 = Friday 8 May 2020, the moved VE Day bank holiday
    public void ProgrammeDay_OnAWeekendOrBankHoliday_IsDueOnTheNextWorkingDay(string day0, string activityId, string expected)
    {
        var run = ProgrammeRun.SixStep(DateOnly.ParseExact(day0, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        run.CompleteEverythingUntil(run.Now.AddDays(400), skip: b => b.ActivityId == activityId);

        run.Task(activityId).Task!.DueDate.ShouldBe(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
