using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Definitions;

namespace PcnFlow.Server.Organisations;

internal static class OrganisationQueries
{
    public static async Task<Results<Ok<PagedList<OrganisationDto>>, ValidationProblem>> ListAsync(
        string? kind, Guid? parentId, int? page, int? pageSize, PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var query = OrganisationAccess.Visible(await user.ScopeAsync(ct), db.Organisations.AsNoTracking());
        if (!string.IsNullOrEmpty(kind))
        {
            if (OrganisationInput.ParseKind(kind) is not { } wanted)
                return ApiProblems.Invalid("kind", "Kind is Ics, Pcn or Practice.");
            query = query.Where(o => o.Kind == wanted);
        }
        if (parentId is { } parent)
            query = query.Where(o => o.ParentId == parent);
        var (number, size, skip) = Paging.Normalise(page, pageSize);
        var total = await query.CountAsync(ct);
        // Kind is stored as text, and "Ics" < "Pcn" < "Practice" happens to be the hierarchy's order.
        var items = await query.OrderBy(o => o.Kind).ThenBy(o => o.Name).Skip(skip).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<OrganisationDto>([.. items.Select(OrganisationDto.From)], number, size, total));
    }

    public static async Task<Results<Ok<OrganisationDto>, ProblemHttpResult>> GetAsync(Guid id, PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var organisation = await OrganisationAccess.Visible(await user.ScopeAsync(ct), db.Organisations.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == id, ct);
        return organisation == null ? NotFound() : TypedResults.Ok(OrganisationDto.From(organisation));
    }

    public static ProblemHttpResult NotFound() => ApiProblems.NotFound("There is no organisation with that id that you can see.");

    public static ProblemHttpResult CannotManage(Organisation organisation) =>
        ApiProblems.Forbidden($"Only an admin or the programme lead of its ICS can change {organisation.Name}.");
}
