namespace PcnFlow.Server.Dashboard;

/// <summary>
/// One PCN: a cell for every stage on the dashboard, in the dashboard's stage order, and the ids of its programmes
/// (oldest first) so a click on the row can open one, with the design version each of them runs in the same order.
/// </summary>
internal sealed record DashboardRow(
    Guid PcnId, string PcnName, DashboardCounts Counts, IReadOnlyList<DashboardCell> Cells, IReadOnlyList<string> InstanceIds, IReadOnlyList<int> Versions);
