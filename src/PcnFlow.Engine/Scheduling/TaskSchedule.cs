using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Scheduling;

/// <summary>Works out a task's deadline, reminders and escalation from its due date.</summary>
public static class TaskSchedule
{
    /// <summary>The local time reminders and escalations are sent.</summary>
    public static readonly TimeOnly SendTime = new(9, 0);

    /// <summary>Fills in <see cref="HumanTaskPayload.DueAt"/>, reminders and escalation for a due date.</summary>
    public static void Apply(HumanTaskPayload task, DateOnly? dueDate, IReadOnlyList<string> reminderOffsets, string? escalateAfter, string? escalateTo)
    {
        task.DueDate = dueDate;
        task.DueAt = null;
        task.Reminders.Clear();
        task.EscalateAt = null;
        task.EscalateTo = null;
        if (dueDate is not { } due)
            return;
        task.DueAt = UkTime.EndOfDay(due);
        for (var i = 0; i < reminderOffsets.Count; i++)
        {
            if (!IsoDuration.TryParse(reminderOffsets[i], out var offset))
                continue;
            var at = UkTime.AtLocalTime(DueDates.ReminderDate(due, offset, task.WorkingDays), SendTime);
            // A reminder whose moment passed before the task opened would only add noise.
            if (at >= task.OpenedAt)
                task.Reminders.Add(new TaskReminder(i, reminderOffsets[i], at));
        }
        if (escalateAfter != null && escalateTo != null && IsoDuration.TryParse(escalateAfter, out var after))
        {
            task.EscalateAt = UkTime.AtLocalTime(after.AddTo(due.AddDays(1)), SendTime);
            task.EscalateTo = escalateTo;
        }
    }
}
