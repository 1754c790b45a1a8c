namespace PcnFlow.Server.Dashboard;

/// <summary>Tasks completed across an ICS's PCNs week by week, oldest week first, ending with the current week.</summary>
internal sealed record DashboardProgress(Guid IcsId, DateTimeOffset GeneratedAt, IReadOnlyList<ProgressWeek> Weeks);
