using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Scheduling;
using PcnFlow.Persistence;

namespace PcnFlow.Server.Definitions;

/// <summary>Checks that save nothing: validate a definition as the designer edits it, and project its timeline.</summary>
internal static class DefinitionChecks
{
    // Three programme years is more than any plan needs and keeps one request's CPU bounded.
    public const int MaxSimulatedDays = 1100;

    public static async Task<Ok<ValidationReport>> ValidateAsync(HttpRequest request, WorkflowEngine engine, CancellationToken ct)
    {
        var (_, problems) = DefinitionJson.Read(await DefinitionJson.ReadBodyAsync(request, ct), engine);
        return TypedResults.Ok(new ValidationReport(problems.Count == 0, problems));
    }

    public static async Task<Results<Ok<IReadOnlyList<TimelineEntry>>, ValidationProblem, ProblemHttpResult>> SimulateAsync(
        string definitionId, SimulateRequest body, PcnFlowDbContext db, WorkflowEngine engine, CancellationToken ct)
    {
        var errors = new List<KeyValuePair<string, string>>();
        if (body.Day0 == null)
            errors.Add(new("day0", "Give the day-0 date to project from, e.g. \"2026-07-01\"."));
        if (body.Days is < 1 or > MaxSimulatedDays)
            errors.Add(new("days", $"Days must be between 1 and {MaxSimulatedDays}."));
        if (body.PcnName is { Length: > 200 })
            errors.Add(new("pcnName", "The PCN name must be 200 characters or fewer."));
        if (body.Definition != null && body.Version != null)
            errors.Add(new("version", "Send either a version to project or an unsaved definition, not both."));
        if (errors.Count > 0)
            return ApiProblems.Invalid(errors);
        WorkflowDefinition? unsaved = null;
        if (body.Definition != null)
        {
            var (parsed, problems) = DefinitionJson.Read(body.Definition.ToJsonString(), engine);
            if (parsed == null)
                return DefinitionProblems.ToValidationProblem(problems);
            if (!string.Equals(parsed.DefinitionId, definitionId, StringComparison.Ordinal))
                return ApiProblems.Invalid("definitionId", $"The body is the definition '{parsed.DefinitionId}', but the address is for '{definitionId}'.");
            unsaved = parsed.Definition;
        }
        var row = unsaved == null ? await DefinitionQueries.FindAsync(db.DefinitionVersions.AsNoTracking(), definitionId, body.Version, ct) : null;
        if (unsaved == null && row == null)
            return DefinitionQueries.NotFound(definitionId, body.Version);
        // Child plans (first 100 days) run on their latest published version, as they would for real.
        var published = await db.DefinitionVersions.AsNoTracking()
            .Where(v => v.IsPublished && v.DefinitionId != definitionId)
            .Select(v => new { v.DefinitionId, v.Version, v.Json })
            .ToListAsync(ct);
        try
        {
            var main = unsaved ?? WorkflowDefinitionReader.ReadOrThrow(row!.Json);
            var others = published.GroupBy(v => v.DefinitionId, StringComparer.Ordinal)
                .Select(g => WorkflowDefinitionReader.ReadOrThrow(g.MaxBy(v => v.Version)!.Json))
                .ToList();
            return TypedResults.Ok(TimelineSimulator.Simulate(main, others, body.Day0!.Value, body.Days ?? 366, body.PcnName));
        }
        catch (InvalidDefinitionException ex)
        {
            return DefinitionProblems.ToValidationProblem(ex.Problems);
        }
    }
}
