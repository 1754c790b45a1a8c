namespace PcnFlow.Server.Dashboard;

/// <summary>An open task past its due date, most overdue first.</summary>
internal sealed record OverdueTask(Guid TaskId, string Title, Guid PcnId, string? PcnName, string? Stage, string? ProgrammeName, string OwnerRole, DateOnly? DueDate, DateTimeOffset DueAt, int DaysOverdue);
