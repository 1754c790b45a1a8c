using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Dashboard;

internal static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/dashboard").WithTags("Dashboard").RequireAuthorization();
        group.MapGet("/", GetAsync).WithName("GetDashboard")
            .WithSummary("Every PCN of an ICS against every stage (done, in progress, due soon, overdue), with counts and the overdue list (programme lead or admin)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        // The ICS is in the path (not ?icsId= as above) so the route-table authorization test can fill it in.
        group.MapGet("/{icsId:guid}/progress", GetProgressAsync).WithName("GetDashboardProgress")
            .WithSummary("Tasks completed across an ICS's PCNs week by week, for the last ?weeks=N weeks (12 unless told; programme lead or admin)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<IcsDashboard>, ValidationProblem, ProblemHttpResult>> GetAsync(
        Guid? icsId, string? definitionId, CurrentUser user, PcnFlowDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (icsId is not { } id)
            return ApiProblems.Invalid("icsId", "Say which ICS to show.");
        var scope = await user.ScopeAsync(ct);
        var (ics, refused) = await IcsForLeadAsync(id, scope, db, ct);
        if (refused != null)
            return refused;
        return TypedResults.Ok(await new DashboardQuery(db, scope, time.GetUtcNow()).BuildAsync(id, ics!, Trimmed(definitionId), ct));
    }

    private static async Task<Results<Ok<DashboardProgress>, ValidationProblem, ProblemHttpResult>> GetProgressAsync(
        Guid icsId, int? weeks, string? definitionId, CurrentUser user, PcnFlowDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (weeks is < 1 or > ProgressQuery.MaxWeeks)
            return ApiProblems.Invalid("weeks", $"Ask for between 1 and {ProgressQuery.MaxWeeks} weeks.");
        var scope = await user.ScopeAsync(ct);
        var (_, refused) = await IcsForLeadAsync(icsId, scope, db, ct);
        if (refused != null)
            return refused;
        return TypedResults.Ok(await new ProgressQuery(db, scope, time.GetUtcNow()).BuildAsync(icsId, weeks ?? ProgressQuery.DefaultWeeks, Trimmed(definitionId), ct));
    }

    // The ICS's name, or why the caller may not see it: members of its PCNs are told no (403); anyone else is
    // not told that it exists (404).
    private static async Task<(string? Name, ProblemHttpResult? Refused)> IcsForLeadAsync(Guid id, AccessScope scope, PcnFlowDbContext db, CancellationToken ct)
    {
        if (!scope.IsLeadOf(id))
        {
            var pcns = scope.MemberPcns;
            return (null, await db.Organisations.AnyAsync(o => o.ParentId == id && pcns.Contains(o.Id), ct)
                ? ApiProblems.Forbidden("The dashboard is for the ICS programme lead.")
                : ApiProblems.NotFound("There is no ICS with that id."));
        }
        var ics = await db.Organisations.AsNoTracking().Where(o => o.Id == id && o.Kind == OrganisationKind.Ics).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return ics == null ? (null, ApiProblems.NotFound("There is no ICS with that id.")) : (ics, null);
    }

    private static string? Trimmed(string? definitionId) => string.IsNullOrWhiteSpace(definitionId) ? null : definitionId.Trim();
}
