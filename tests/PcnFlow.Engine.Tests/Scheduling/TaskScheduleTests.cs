using PcnFlow.Engine.Scheduling;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Scheduling;

public sealed class TaskScheduleTests
{
    private static HumanTaskPayload Task() => new()
    {
        Kind = "task",
        Title = "Agree the PCN's vision",
        OwnerRole = "ClinicalDirector",
        OpenedAt = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void A_due_date_gives_a_deadline_reminders_and_an_escalation()
    {
        var task = Task();

        TaskSchedule.Apply(task, new DateOnly(2026, 5, 29), ["-P3D", "P0D"], "P2D", "ProgrammeLead");

        task.DueAt.ShouldNotBeNull();
        task.Reminders.Select(r => r.Offset).ShouldBe(["-P3D", "P0D"]);
        task.EscalateTo.ShouldBe("ProgrammeLead");
    }

    [Fact]
    public void Removing_the_due_date_clears_the_deadline_with_the_reminders_and_escalation()
    {
        var task = Task();
        TaskSchedule.Apply(task, new DateOnly(2026, 5, 29), ["-P3D", "P0D"], "P2D", "ProgrammeLead");

        TaskSchedule.Apply(task, null, ["-P3D"], "P2D", "ProgrammeLead");

        task.DueDate.ShouldBeNull();
        task.DueAt.ShouldBeNull();
        task.Reminders.ShouldBeEmpty();
        task.EscalateAt.ShouldBeNull();
    }
}
