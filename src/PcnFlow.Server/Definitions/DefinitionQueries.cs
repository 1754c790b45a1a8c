using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Definitions;
using PcnFlow.Server.Auth;

namespace PcnFlow.Server.Definitions;

/// <summary>The read side of definitions: list, one version, history and export. Anyone signed in may read.</summary>
internal static class DefinitionQueries
{
    public static async Task<Ok<PagedList<DefinitionSummary>>> ListAsync(int? page, int? pageSize, PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var (number, size, skip) = Paging.Normalise(page, pageSize);
        var running = (await user.ScopeAsync(ct)).Instances(db.Instances.AsNoTracking()).Where(i => i.Status == WorkflowStatus.Running);
        var versions = db.DefinitionVersions.AsNoTracking();
        var latest = versions.Where(v => v.IsLatest);
        var total = await latest.CountAsync(ct);
        // One statement: the published version and the running count are correlated subqueries, not a query per row.
        var items = await latest
            .OrderBy(v => v.Name).ThenBy(v => v.DefinitionId)
            .Skip(skip).Take(size)
            .Select(v => new DefinitionSummary(
                v.DefinitionId,
                v.Name,
                v.Description,
                v.Version,
                versions.Where(p => p.DefinitionId == v.DefinitionId && p.IsPublished).Max(p => (int?)p.Version),
                !v.IsPublished,
                running.Count(i => i.DefinitionId == v.DefinitionId)))
            .ToListAsync(ct);
        return TypedResults.Ok(new PagedList<DefinitionSummary>(items, number, size, total));
    }

    public static async Task<Results<Ok<DefinitionDetail>, ProblemHttpResult>> GetAsync(string definitionId, int? version, PcnFlowDbContext db, HttpResponse response, CancellationToken ct)
    {
        var row = await FindAsync(db.DefinitionVersions.AsNoTracking(), definitionId, version, ct);
        if (row == null)
            return NotFound(definitionId, version);
        response.Headers.ETag = ETag(row);
        return TypedResults.Ok(DefinitionDetail.From(row));
    }

    public static async Task<Results<Ok<PagedList<DefinitionVersionSummary>>, ProblemHttpResult>> VersionsAsync(
        string definitionId, int? page, int? pageSize, PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var (number, size, skip) = Paging.Normalise(page, pageSize);
        var versions = db.DefinitionVersions.AsNoTracking().Where(v => v.DefinitionId == definitionId);
        var total = await versions.CountAsync(ct);
        if (total == 0)
            return NotFound(definitionId, null);
        var running = (await user.ScopeAsync(ct)).Instances(db.Instances.AsNoTracking()).Where(i => i.Status == WorkflowStatus.Running);
        var items = await versions
            .OrderByDescending(v => v.Version)
            .Skip(skip).Take(size)
            .Select(v => new DefinitionVersionSummary(v.Version, v.IsLatest, v.IsPublished, v.VersionNote, v.CreatedAt, v.CreatedBy, v.PublishedAt,
                running.Count(i => i.DefinitionVersionId == v.Id)))
            .ToListAsync(ct);
        return TypedResults.Ok(new PagedList<DefinitionVersionSummary>(items, number, size, total));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string definitionId, int? version, PcnFlowDbContext db, CancellationToken ct)
    {
        var row = await FindAsync(db.DefinitionVersions.AsNoTracking(), definitionId, version, ct);
        if (row == null)
            return NotFound(definitionId, version);
        // The definition id is restricted to file-name-safe characters when saved, so it can name the download.
        return TypedResults.File(Encoding.UTF8.GetBytes(DefinitionJson.ToExport(row)), "application/json", $"{row.DefinitionId}-v{row.Version}.json");
    }

    public static Task<DefinitionVersion?> FindAsync(IQueryable<DefinitionVersion> rows, string definitionId, int? version, CancellationToken ct)
    {
        var query = rows.Where(v => v.DefinitionId == definitionId);
        return version is { } number
            ? query.FirstOrDefaultAsync(v => v.Version == number, ct)
            : query.FirstOrDefaultAsync(v => v.IsLatest, ct);
    }

    public static ProblemHttpResult NotFound(string definitionId, int? version) => ApiProblems.NotFound(version is { } number
        ? $"The workflow definition '{definitionId}' has no version {number}."
        : $"There is no workflow definition '{definitionId}'.");

    public static string ETag(DefinitionVersion row) => $"\"{row.Revision}\"";
}
