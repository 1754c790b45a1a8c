namespace PcnFlow.Server.Dashboard;

/// <summary>Every PCN of an ICS against every stage, with counts and the overdue list: the programme lead's view at a glance.</summary>
internal sealed record IcsDashboard(
    Guid IcsId,
    string IcsName,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<string> Stages,
    IReadOnlyList<DashboardRow> Pcns,
    DashboardCounts Totals,
    IReadOnlyList<OverdueTask> Overdue);
