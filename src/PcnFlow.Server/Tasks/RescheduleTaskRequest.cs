namespace PcnFlow.Server.Tasks;

/// <summary>
/// A new due date, reminders as ISO 8601 offsets from it (<c>-P3D</c> three days before, <c>P0D</c> on the day),
/// or an escalation (<c>P5D</c> after the due date, to a role). Anything omitted stays as it is.
/// </summary>
internal sealed record RescheduleTaskRequest(DateOnly? DueDate, IReadOnlyList<string>? Reminders, string? EscalateAfter, string? EscalateTo);
