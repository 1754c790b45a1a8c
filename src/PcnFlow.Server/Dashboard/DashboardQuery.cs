using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Calendar;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Instances;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Auth;

namespace PcnFlow.Server.Dashboard;

/// <summary>
/// Builds an ICS dashboard from four queries (PCNs, task counts by PCN and stage, the programmes' ids and PCNs,
/// the overdue list), so an ICS with 30 PCNs costs the same round trips as one with three. The task queries
/// use the (IcsId, State, DueAt) index.
/// </summary>
internal sealed class DashboardQuery(PcnFlowDbContext db, AccessScope scope, DateTimeOffset now)
{
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromDays(7);
    private const int MaxOverdue = 100;
    private const string NoStage = "Other";

    public async Task<IcsDashboard> BuildAsync(Guid icsId, string icsName, string? definitionId, CancellationToken ct)
    {
        var soon = now + DueSoonWindow;
        var pcns = await db.Organisations.AsNoTracking()
            .Where(o => o.ParentId == icsId && o.Kind == OrganisationKind.Pcn)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var instances = Instances(icsId, definitionId);
        // Scope is applied through the instances, which is also how personal plans stay out until shared.
        var tasks = db.Tasks.AsNoTracking()
            .Where(t => t.IcsId == icsId && t.PcnId != null && t.State != TaskState.Cancelled && instances.Any(i => i.Id == t.InstanceId));
        var cells = await tasks
            .GroupBy(t => new { t.PcnId, t.Stage })
            .Select(g => new
            {
                g.Key.PcnId,
                g.Key.Stage,
                Open = g.Count(t => t.State == TaskState.Open),
                Overdue = g.Count(t => t.State == TaskState.Open && t.DueAt < now),
                DueSoon = g.Count(t => t.State == TaskState.Open && t.DueAt >= now && t.DueAt <= soon),
                Completed = g.Count(t => t.State == TaskState.Completed),
                NextDue = g.Min(t => t.State == TaskState.Open ? t.DueDate : null),
            })
            .ToListAsync(ct);
        var programmes = (await instances.Where(i => i.PcnId != null).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Select(i => new { i.PcnId, i.Id, i.DefinitionVersion }).ToListAsync(ct))
            .ToLookup(i => i.PcnId);
        var overdue = await tasks
            .Where(t => t.State == TaskState.Open && t.DueAt < now)
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(MaxOverdue)
            .Select(t => new { t.Id, t.Title, t.PcnId, t.Stage, t.ProgrammeName, t.OwnerRole, t.DueDate, t.DueAt })
            .ToListAsync(ct);

        var stages = cells.Select(c => c.Stage ?? NoStage).Distinct().Order(StringComparer.Ordinal).ToList();
        var names = pcns.ToDictionary(p => p.Id, p => p.Name);
        var today = UkTime.Today(now);
        var rows = pcns.Select(pcn =>
        {
            var mine = cells.Where(c => c.PcnId == pcn.Id).ToDictionary(c => c.Stage ?? NoStage);
            var row = stages.Select(stage => mine.TryGetValue(stage, out var c)
                ? new DashboardCell(stage, Status(c.Open, c.Overdue, c.DueSoon, c.Completed), c.Open, c.Overdue, c.DueSoon, c.Completed, c.NextDue)
                : new DashboardCell(stage, CellStatus.NotStarted, 0, 0, 0, 0, null)).ToList();
            var theirs = programmes[pcn.Id].ToList();
            return new DashboardRow(pcn.Id, pcn.Name, Sum(theirs.Count, row), row, [.. theirs.Select(p => p.Id)], [.. theirs.Select(p => p.DefinitionVersion)]);
        }).ToList();
        var totals = new DashboardCounts(
            rows.Sum(r => r.Counts.Instances), rows.Sum(r => r.Counts.Open), rows.Sum(r => r.Counts.Overdue), rows.Sum(r => r.Counts.DueSoon), rows.Sum(r => r.Counts.Completed));
        var late = overdue.Select(t => new OverdueTask(
            t.Id, t.Title, t.PcnId!.Value, names.GetValueOrDefault(t.PcnId.Value), t.Stage, t.ProgrammeName, t.OwnerRole, t.DueDate, t.DueAt!.Value,
            today.DayNumber - (t.DueDate ?? UkTime.Today(t.DueAt.Value)).DayNumber)).ToList();
        return new IcsDashboard(icsId, icsName, now, stages, rows, totals, late);
    }

    private IQueryable<WorkflowInstanceRecord> Instances(Guid icsId, string? definitionId)
    {
        var instances = scope.Instances(db.Instances.AsNoTracking()).Where(i => i.IcsId == icsId);
        return definitionId == null ? instances : instances.Where(i => i.DefinitionId == definitionId);
    }

    private static CellStatus Status(int open, int overdue, int dueSoon, int completed) =>
        overdue > 0 ? CellStatus.Overdue
        : dueSoon > 0 ? CellStatus.DueSoon
        : open > 0 ? CellStatus.InProgress
        : completed > 0 ? CellStatus.Done
        : CellStatus.NotStarted;

    private static DashboardCounts Sum(int instances, IReadOnlyList<DashboardCell> cells) =>
        new(instances, cells.Sum(c => c.Open), cells.Sum(c => c.Overdue), cells.Sum(c => c.DueSoon), cells.Sum(c => c.Completed));
}
