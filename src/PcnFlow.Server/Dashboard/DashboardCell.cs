namespace PcnFlow.Server.Dashboard;

/// <summary>One PCN at one stage: its status, the task counts behind it, and the next open due date.</summary>
internal sealed record DashboardCell(string Stage, CellStatus Status, int Open, int Overdue, int DueSoon, int Completed, DateOnly? NextDue);
