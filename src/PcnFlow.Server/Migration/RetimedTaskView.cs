namespace PcnFlow.Server.Migration;

/// <summary>An open task the new version schedules differently: its due date, reminders and escalation before and after.</summary>
internal sealed record RetimedTaskView(
    Guid? TaskId,
    string ActivityId,
    string Title,
    DateOnly? OldDueDate,
    DateOnly? NewDueDate,
    IReadOnlyList<DateTimeOffset> OldReminders,
    IReadOnlyList<DateTimeOffset> NewReminders,
    DateTimeOffset? OldEscalateAt,
    DateTimeOffset? NewEscalateAt);
