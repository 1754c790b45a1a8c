using PcnFlow.Engine.Tasks;

namespace PcnFlow.Server.Tasks;

/// <summary>A task's schedule after a change: the due date and the reminders and escalation still to come.</summary>
internal sealed record TaskScheduleView(Guid Id, DateOnly? DueDate, DateTimeOffset? DueAt, IReadOnlyList<TaskReminder> Reminders, DateTimeOffset? EscalateAt, string? EscalateTo);
