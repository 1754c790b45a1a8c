using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Definitions;
using PcnFlow.Server.Auth;

namespace PcnFlow.Server.Definitions;

/// <summary>
/// Creating and changing drafts, as in Elsa: a definition has at most one draft, its latest version. Saving over
/// a published latest version starts draft N+1, so what is published never changes under running instances.
/// </summary>
internal static class DefinitionDrafts
{
    public static async Task<Results<Created<DefinitionDetail>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, HttpResponse response, PcnFlowDbContext db, WorkflowEngine engine, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var (parsed, problems) = DefinitionJson.Read(await DefinitionJson.ReadBodyAsync(request, ct), engine);
        if (parsed == null)
            return DefinitionProblems.ToValidationProblem(problems);
        if (await db.DefinitionVersions.AnyAsync(v => v.DefinitionId == parsed.DefinitionId, ct))
            return ApiProblems.Conflict($"A workflow definition '{parsed.DefinitionId}' already exists. Change its draft with PUT, or import the file to make a new version.");
        var row = NewVersion(parsed, 1, user.Name, time.GetUtcNow());
        db.DefinitionVersions.Add(row);
        if (await SaveAsync(db, ct) is { } clash)
            return clash;
        response.Headers.ETag = DefinitionQueries.ETag(row);
        return TypedResults.Created($"/api/workflow-definitions/{row.DefinitionId}", DefinitionDetail.From(row));
    }

    public static async Task<Results<Ok<DefinitionDetail>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string definitionId, [FromHeader(Name = "If-Match")] string? ifMatch, HttpRequest request, HttpResponse response,
        PcnFlowDbContext db, WorkflowEngine engine, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var (parsed, problems) = DefinitionJson.Read(await DefinitionJson.ReadBodyAsync(request, ct), engine);
        if (parsed == null)
            return DefinitionProblems.ToValidationProblem(problems);
        if (!string.Equals(parsed.DefinitionId, definitionId, StringComparison.Ordinal))
            return ApiProblems.Invalid("definitionId", $"The body is the definition '{parsed.DefinitionId}', but the address is for '{definitionId}'.");
        var latest = await db.DefinitionVersions.FirstOrDefaultAsync(v => v.DefinitionId == definitionId && v.IsLatest, ct);
        if (latest == null)
            return DefinitionQueries.NotFound(definitionId, null);
        if (IsStale(ifMatch, latest))
            return Stale(latest);
        var row = SaveDraft(db, latest, parsed, user.Name, time.GetUtcNow());
        if (await SaveAsync(db, ct) is { } clash)
            return clash;
        response.Headers.ETag = DefinitionQueries.ETag(row);
        return TypedResults.Ok(DefinitionDetail.From(row));
    }

    /// <summary>Takes a file as exported (here or from Elsa): a new definition, or a new draft of an existing one.</summary>
    public static async Task<Results<Created<DefinitionDetail>, Ok<DefinitionDetail>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpRequest request, HttpResponse response, PcnFlowDbContext db, WorkflowEngine engine, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var (parsed, problems) = DefinitionJson.Read(await DefinitionJson.ReadBodyAsync(request, ct), engine);
        if (parsed == null)
            return DefinitionProblems.ToValidationProblem(problems);
        var latest = await db.DefinitionVersions.FirstOrDefaultAsync(v => v.DefinitionId == parsed.DefinitionId && v.IsLatest, ct);
        var row = latest == null ? db.DefinitionVersions.Add(NewVersion(parsed, 1, user.Name, time.GetUtcNow())).Entity : SaveDraft(db, latest, parsed, user.Name, time.GetUtcNow());
        if (await SaveAsync(db, ct) is { } clash)
            return clash;
        response.Headers.ETag = DefinitionQueries.ETag(row);
        return latest == null
            ? TypedResults.Created($"/api/workflow-definitions/{row.DefinitionId}", DefinitionDetail.From(row))
            : TypedResults.Ok(DefinitionDetail.From(row));
    }

    private static DefinitionVersion SaveDraft(PcnFlowDbContext db, DefinitionVersion latest, ParsedDefinition parsed, string actor, DateTimeOffset now)
    {
        if (latest.IsPublished)
        {
            latest.IsLatest = false;
            latest.Revision++;
            return db.DefinitionVersions.Add(NewVersion(parsed, latest.Version + 1, actor, now)).Entity;
        }
        latest.Json = DefinitionJson.ToStored(parsed, latest.Version, isPublished: false);
        latest.Name = parsed.Name;
        latest.Description = parsed.Definition.Description;
        latest.Revision++;
        return latest;
    }

    private static DefinitionVersion NewVersion(ParsedDefinition parsed, int version, string actor, DateTimeOffset now) => new()
    {
        DefinitionId = parsed.DefinitionId,
        Version = version,
        Name = parsed.Name,
        Description = parsed.Definition.Description,
        IsLatest = true,
        IsPublished = false,
        Json = DefinitionJson.ToStored(parsed, version, isPublished: false),
        CreatedAt = now,
        CreatedBy = actor,
        Revision = 1,
    };

    /// <summary>True when the caller's If-Match names an older revision than the row has; no If-Match means "last writer wins".</summary>
    public static bool IsStale(string? ifMatch, DefinitionVersion row)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
            return false;
        var tag = ifMatch.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
            tag = tag[2..];
        return !long.TryParse(tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture, out var revision) || revision != row.Revision;
    }

    public static ProblemHttpResult Stale(DefinitionVersion row) => ApiProblems.Conflict(
        $"Version {row.Version} of '{row.DefinitionId}' was changed by someone else since you loaded it (it is now revision {row.Revision}). Reload it and make your change again.");

    /// <summary>Saves, turning a lost race (a revision or version-number clash) into a 409 rather than an error.</summary>
    public static async Task<ProblemHttpResult?> SaveAsync(PcnFlowDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException ex) when (Instances.UnitOfWork.IsRetryable(ex))
        {
            return ApiProblems.Conflict("Someone else changed this workflow definition at the same moment. Reload it and try again.");
        }
    }
}
