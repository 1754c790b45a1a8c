namespace PcnFlow.Server.Dashboard;

/// <summary>Task and programme counts for a PCN, or for the whole ICS.</summary>
internal sealed record DashboardCounts(int Instances, int Open, int Overdue, int DueSoon, int Completed);
