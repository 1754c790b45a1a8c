using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Calendar;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Auth;

namespace PcnFlow.Server.Dashboard;

/// <summary>
/// Counts completed tasks per UK week from their completion times. Tasks are scoped through the caller's visible
/// instances, as the dashboard's are, so unshared personal plans stay out. Two queries: the count before the
/// window, and the completion times within it (grouped here, because week arithmetic in SQL differs by provider).
/// </summary>
internal sealed class ProgressQuery(PcnFlowDbContext db, AccessScope scope, DateTimeOffset now)
{
    public const int DefaultWeeks = 12;
    public const int MaxWeeks = 104;

    public async Task<DashboardProgress> BuildAsync(Guid icsId, int weeks, string? definitionId, CancellationToken ct)
    {
        var thisWeek = WeekOf(UkTime.Today(now));
        var firstWeek = thisWeek.AddDays(-7 * (weeks - 1));
        var from = UkTime.AtLocalTime(firstWeek, TimeOnly.MinValue);
        var instances = scope.Instances(db.Instances.AsNoTracking()).Where(i => i.IcsId == icsId);
        if (definitionId != null)
            instances = instances.Where(i => i.DefinitionId == definitionId);
        var completed = db.Tasks.AsNoTracking()
            .Where(t => t.IcsId == icsId && t.PcnId != null && t.State == TaskState.Completed && t.CompletedAt != null && instances.Any(i => i.Id == t.InstanceId));

        var before = await completed.CountAsync(t => t.CompletedAt < from, ct);
        var times = await completed.Where(t => t.CompletedAt >= from).Select(t => t.CompletedAt!.Value).ToListAsync(ct);

        var perWeek = times.CountBy(t => WeekOf(UkTime.Today(t))).ToDictionary();
        var toDate = before;
        var result = new List<ProgressWeek>(weeks);
        for (var week = firstWeek; week <= thisWeek; week = week.AddDays(7))
        {
            var count = perWeek.GetValueOrDefault(week);
            toDate += count;
            result.Add(new ProgressWeek(week, count, toDate));
        }
        return new DashboardProgress(icsId, now, result);
    }

    private static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
