namespace PcnFlow.Server.Instances;

/// <summary>
/// A new due date, reminder offsets (ISO 8601 from the due date, like <c>-P3D</c> or <c>P0D</c>) or escalation
/// for an open task. Anything left null keeps its current value.
/// </summary>
internal sealed record TaskScheduleChange(DateOnly? DueDate, IReadOnlyList<string>? Reminders, string? EscalateAfter, string? EscalateTo);
