namespace PcnFlow.Server.Dashboard;

/// <summary>One PCN: a cell for every stage on the dashboard, in the dashboard's stage order.</summary>
internal sealed record DashboardRow(Guid PcnId, string PcnName, DashboardCounts Counts, IReadOnlyList<DashboardCell> Cells);
