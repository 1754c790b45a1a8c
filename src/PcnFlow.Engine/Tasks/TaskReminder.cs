namespace PcnFlow.Engine.Tasks;

/// <summary>One planned reminder for a task.</summary>
/// <param name="Index">Its position in the task's reminder list; with the task it makes the reminder's unique key.</param>
/// <param name="Offset">The offset from the due date as written, e.g. <c>-P3D</c>.</param>
/// <param name="At">When to send it.</param>
public sealed record TaskReminder(int Index, string Offset, DateTimeOffset At);
