using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;

namespace PcnFlow.Server.Definitions;

/// <summary>
/// Publishing makes the draft the version new instances start on. Instances pin the version row they started
/// on, so those already running carry on unchanged.
/// </summary>
internal static class DefinitionPublishing
{
    public static async Task<Results<Ok<DefinitionDetail>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        string definitionId, PublishRequest? body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response,
        PcnFlowDbContext db, WorkflowEngine engine, TimeProvider time, CancellationToken ct)
    {
        var note = body?.VersionNote?.Trim();
        if (string.IsNullOrEmpty(note))
            return ApiProblems.Invalid("versionNote", "Say what changed in this version; the note shows in the version history.");
        if (note.Length > 2000)
            return ApiProblems.Invalid("versionNote", "The version note must be 2,000 characters or fewer.");
        var latest = await db.DefinitionVersions.FirstOrDefaultAsync(v => v.DefinitionId == definitionId && v.IsLatest, ct);
        if (latest == null)
            return DefinitionQueries.NotFound(definitionId, null);
        if (DefinitionDrafts.IsStale(ifMatch, latest))
            return DefinitionDrafts.Stale(latest);
        if (latest.IsPublished)
            return ApiProblems.Conflict($"Version {latest.Version} of '{definitionId}' is already published and there is no draft to publish. Save a change first; it becomes version {latest.Version + 1}.");
        // Checked again because the engine may have become stricter since the draft was saved.
        var problems = engine.Validate(latest.Json);
        if (problems.Count > 0)
            return DefinitionProblems.ToValidationProblem(problems);
        latest.IsPublished = true;
        latest.PublishedAt = time.GetUtcNow();
        latest.VersionNote = note;
        latest.Revision++;
        if (await DefinitionDrafts.SaveAsync(db, ct) is { } clash)
            return clash;
        response.Headers.ETag = DefinitionQueries.ETag(latest);
        return TypedResults.Ok(DefinitionDetail.From(latest));
    }
}
