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
        return group;
    }

    private static async Task<Results<Ok<IcsDashboard>, ValidationProblem, ProblemHttpResult>> GetAsync(
        Guid? icsId, string? definitionId, CurrentUser user, PcnFlowDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (icsId is not { } id)
            return ApiProblems.Invalid("icsId", "Say which ICS to show.");
        var scope = await user.ScopeAsync(ct);
        if (!scope.IsLeadOf(id))
        {
            var pcns = scope.MemberPcns;
            return await db.Organisations.AnyAsync(o => o.ParentId == id && pcns.Contains(o.Id), ct)
                ? ApiProblems.Forbidden("The dashboard is for the ICS programme lead.")
                : ApiProblems.NotFound("There is no ICS with that id.");
        }
        var ics = await db.Organisations.AsNoTracking().Where(o => o.Id == id && o.Kind == OrganisationKind.Ics).Select(o => o.Name).FirstOrDefaultAsync(ct);
        if (ics == null)
            return ApiProblems.NotFound("There is no ICS with that id.");
        var definition = string.IsNullOrWhiteSpace(definitionId) ? null : definitionId.Trim();
        return TypedResults.Ok(await new DashboardQuery(db, scope, time.GetUtcNow()).BuildAsync(id, ics, definition, ct));
    }
}
