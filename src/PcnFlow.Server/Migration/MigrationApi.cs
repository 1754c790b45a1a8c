using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Migration;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Migration;

/// <summary>
/// Moving running programmes to a later (or earlier) published version of their design, one at a time or every one the
/// caller leads. <c>dryRun=true</c> answers what would change without changing anything. Programme leads of the
/// programme's ICS and admins only.
/// </summary>
internal static class MigrationApi
{
    public static IEndpointRouteBuilder MapMigrationApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/workflow-instances/{id}/migrate", MigrateInstanceAsync).WithTags("Migration").RequireAuthorization()
            .WithName("MigrateInstance")
            .WithSummary("Move a programme to another published version (?toVersion=N); with dryRun=true only show what would change. Send the dry run's revision as If-Match to refuse a stale move.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        routes.MapPost("/workflow-definitions/{definitionId}/migrate", MigrateDefinitionAsync).WithTags("Migration").RequireAuthorization()
            .WithName("MigrateDefinitionInstances")
            .WithSummary("Move every running programme of a design that you lead to version ?toVersion=N, each on its own; with dryRun=true only show what would happen to each")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    private static async Task<Results<Ok<InstanceMigration>, ValidationProblem, ProblemHttpResult>> MigrateInstanceAsync(
        string id, int? toVersion, bool? dryRun, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response,
        CurrentUser user, PcnFlowDbContext db, InstanceMigrator migrator, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var instance = await scope.Instances(db.Instances.AsNoTracking()).Where(i => i.Id == id)
            .Select(i => new { i.IcsId, i.DefinitionId, i.DefinitionVersion, i.Status, i.SubStatus }).FirstOrDefaultAsync(ct);
        if (instance == null)
            return ApiProblems.NotFound("There is no programme with that id.");
        if (!scope.IsLeadOf(instance.IcsId))
            return ApiProblems.Forbidden("Only the ICS programme lead or an admin can move a programme to another version.");
        if (toVersion is not { } version)
            return ApiProblems.Invalid("toVersion", "Say which version to move to, like ?toVersion=2.");
        if (!TryReadRevision(ifMatch, out var expected))
            return ApiProblems.Invalid("If-Match", "Send the revision from the dry run in quotes, like \"12\", or leave If-Match out.");
        var target = await db.DefinitionVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DefinitionId == instance.DefinitionId && v.Version == version, ct);
        if (target == null)
            return MigrationProblems.NoSuchVersion(instance.DefinitionId, version);
        if (!target.IsPublished)
            return MigrationProblems.Draft(instance.DefinitionId, version);
        if (instance.DefinitionVersion == version)
            return ApiProblems.Conflict($"This programme already runs version {version}.");
        if (instance.Status == WorkflowStatus.Finished)
            return ApiProblems.Conflict($"This programme has already ended ({instance.SubStatus}), so it stays on version {instance.DefinitionVersion}.");
        var result = await migrator.MigrateAsync(id, target, dryRun ?? false, expected, scope.UserName, ct);
        if (result == null)
            return ApiProblems.NotFound("There is no programme with that id.");
        if (result.Status == MigrationStatus.Refused && !result.DryRun)
            return MigrationProblems.Refused(result);
        response.Headers.ETag = $"\"{result.Revision}\"";
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<DefinitionMigration>, ValidationProblem, ProblemHttpResult>> MigrateDefinitionAsync(
        string definitionId, int? toVersion, bool? dryRun, CurrentUser user, PcnFlowDbContext db, InstanceMigrator migrator, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        if (!scope.IsAdmin && scope.LeadIcs.Count == 0)
            return ApiProblems.Forbidden("Only programme leads and admins can move programmes to another version.");
        if (toVersion is not { } version)
            return ApiProblems.Invalid("toVersion", "Say which version to move to, like ?toVersion=2.");
        var target = await db.DefinitionVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DefinitionId == definitionId && v.Version == version, ct);
        if (target == null)
            return MigrationProblems.NoSuchVersion(definitionId, version);
        if (!target.IsPublished)
            return MigrationProblems.Draft(definitionId, version);
        var candidates = await scope.Instances(db.Instances.AsNoTracking())
            .Where(i => i.DefinitionId == definitionId && i.Status == WorkflowStatus.Running && i.DefinitionVersion != version)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Select(i => new { i.Id, i.IcsId, i.DefinitionVersion }).ToListAsync(ct);
        var results = new List<InstanceMigration>();
        foreach (var candidate in candidates.Where(c => scope.IsLeadOf(c.IcsId)))
        {
            try
            {
                if (await migrator.MigrateAsync(candidate.Id, target, dryRun ?? false, null, scope.UserName, ct) is { } result)
                    results.Add(result);
            }
            catch (DbUpdateException ex) when (UnitOfWork.IsRetryable(ex))
            {
                // One programme busy with other writers is reported, and the rest still move.
                results.Add(Busy(candidate.Id, candidate.DefinitionVersion, version, dryRun ?? false));
            }
        }
        return TypedResults.Ok(new DefinitionMigration(definitionId, version, dryRun ?? false,
            results.Count(r => r.Status == MigrationStatus.CanMigrate), results.Count(r => r.Status == MigrationStatus.Migrated),
            results.Count(r => r.Status == MigrationStatus.Refused), results));
    }

    private static InstanceMigration Busy(string id, int from, int to, bool dryRun) => new(id, null, from, to, dryRun, MigrationStatus.Refused, [], [], [], [], [],
        [new MigrationRefusal(null, null, "Other people were changing this programme at the same moment. Try again.")], 0);

    // No If-Match, or "*", means "whatever its revision"; otherwise the quoted revision the dry run returned.
    private static bool TryReadRevision(string? ifMatch, out long? revision)
    {
        revision = null;
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
            return true;
        var tag = ifMatch.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
            tag = tag[2..];
        if (!long.TryParse(tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture, out var value))
            return false;
        revision = value;
        return true;
    }
}
