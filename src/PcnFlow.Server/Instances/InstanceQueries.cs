using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Instances;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Auth;

namespace PcnFlow.Server.Instances;

/// <summary>The read side of the instances API. Every query starts from the caller's scope, so what they may not see is not found.</summary>
internal static class InstanceQueries
{
    public static async Task<Results<Ok<PagedList<InstanceSummary>>, ValidationProblem>> ListAsync(
        Guid? icsId, Guid? pcnId, string? definitionId, string? status, int? page, int? pageSize,
        CurrentUser user, PcnFlowDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var badPage))
            return badPage!;
        var scope = await user.ScopeAsync(ct);
        var query = scope.Instances(db.Instances.AsNoTracking());
        if (icsId != null)
            query = query.Where(i => i.IcsId == icsId);
        if (pcnId != null)
            query = query.Where(i => i.PcnId == pcnId);
        if (!string.IsNullOrWhiteSpace(definitionId))
            query = query.Where(i => i.DefinitionId == definitionId);
        if (!string.IsNullOrWhiteSpace(status))
        {
            // Running and Finished are statuses; Suspended, Cancelled, Faulted and the rest are sub-statuses.
            if (Name<WorkflowStatus>(status) is { } main)
                query = query.Where(i => i.Status == main);
            else if (Name<WorkflowSubStatus>(status) is { } sub)
                query = query.Where(i => i.SubStatus == sub);
            else
                return ApiProblems.Invalid("status", $"Use one of {string.Join(", ", Enum.GetNames<WorkflowStatus>().Concat(Enum.GetNames<WorkflowSubStatus>()).Distinct())}.");
        }
        var ordered = query.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id);
        return TypedResults.Ok(await Summaries(ordered, db).ToPageAsync(paging, ct));
    }

    public static async Task<Results<Ok<InstanceDetail>, ProblemHttpResult>> GetAsync(
        string id, CurrentUser user, PcnFlowDbContext db, TimeProvider time, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var summary = await Summaries(scope.Instances(db.Instances.AsNoTracking()).Where(i => i.Id == id), db).FirstOrDefaultAsync(ct);
        if (summary == null)
            return ApiProblems.NotFound("There is no programme with that id.");
        var now = time.GetUtcNow();
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == id && t.State == TaskState.Open)
            .OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.OpenedAt)
            .Select(t => new ActiveTask(t.Id, t.ActivityId, t.Kind, t.Title, t.OwnerRole, t.AssigneeUserId, t.Stage, t.DueDate, t.DueAt, t.DueAt != null && t.DueAt < now, t.Attempt, t.Escalated))
            .ToListAsync(ct);
        var bookmarks = await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == id && b.Kind != BookmarkKinds.HumanTask).ToListAsync(ct);
        var reviews = await db.ScheduledWork.AsNoTracking()
            .Where(w => w.InstanceId == id && w.Kind == ScheduledWorkKind.OpenReview && w.Status == ScheduledWorkStatus.Pending && w.BookmarkId != null)
            .Select(w => w.BookmarkId!).ToListAsync(ct);
        var waiting = bookmarks
            .OrderBy(b => b.DueAt ?? DateTimeOffset.MaxValue).ThenBy(b => b.ActivityId, StringComparer.Ordinal)
            .Select(b => new WaitingStep(reviews.Contains(b.BookmarkId) ? "Review" : b.Kind, b.ActivityId, b.DueAt, b.Key))
            .ToList();
        var stateJson = await db.Instances.AsNoTracking().Where(i => i.Id == id).Select(i => i.StateJson).FirstAsync(ct);
        var incidents = WorkflowStateSerializer.Deserialize(stateJson).Incidents;
        return TypedResults.Ok(new InstanceDetail(summary, tasks, waiting, incidents));
    }

    public static async Task<Results<Ok<PagedList<JournalLine>>, ValidationProblem, ProblemHttpResult>> JournalAsync(
        string id, int? page, int? pageSize, CurrentUser user, PcnFlowDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var badPage))
            return badPage!;
        var scope = await user.ScopeAsync(ct);
        if (!await scope.Instances(db.Instances.AsNoTracking()).AnyAsync(i => i.Id == id, ct))
            return ApiProblems.NotFound("There is no programme with that id.");
        var rows = await db.Journal.AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Sequence).ToPageAsync(paging, ct);
        var names = await DisplayNames.ForAsync(db, rows.Items.Select(j => j.Actor), ct);
        return TypedResults.Ok(new PagedList<JournalLine>([.. rows.Items.Select(j => Line(j, names))], rows.Total, rows.Page, rows.PageSize));
    }

    /// <summary>Instances as summaries, with the PCN's name read in the same query.</summary>
    public static IQueryable<InstanceSummary> Summaries(IQueryable<WorkflowInstanceRecord> instances, PcnFlowDbContext db) =>
        instances.Select(i => new InstanceSummary(
            i.Id, i.DefinitionId, i.DefinitionVersion, i.Name, i.PcnId,
            db.Organisations.Where(o => o.Id == i.PcnId).Select(o => o.Name).FirstOrDefault(),
            i.IcsId, i.Status, i.SubStatus, i.Day0, i.OwnerUserId, i.SharedWithLead, i.ParentInstanceId, i.CreatedAt, i.UpdatedAt, i.FinishedAt));

    private static JournalLine Line(JournalRecord j, IReadOnlyDictionary<string, string> names)
    {
        var resumed = j.Kind == nameof(JournalKind.BookmarkResumed);
        var decision = resumed && j.ActivityType == "PcnFlow.SignOff" ? j.Outcome : null;
        return new JournalLine(j.Sequence, j.At, j.Kind, j.ActivityId, j.ActivityType, j.Actor, names.GetValueOrDefault(j.Actor), j.Outcome, j.Message, decision,
            resumed ? j.Message : null, j.DataJson == null ? null : JsonNode.Parse(j.DataJson));
    }

    private static T? Name<T>(string text) where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<T>(name) : null;
}
