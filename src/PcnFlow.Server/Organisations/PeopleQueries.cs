using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Definitions;

namespace PcnFlow.Server.Organisations;

internal static class PeopleQueries
{
    public static async Task<Results<Ok<PagedList<PersonDto>>, ProblemHttpResult>> ListAsync(
        Guid id, int? page, int? pageSize, PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        if (!await OrganisationAccess.Visible(scope, db.Organisations.AsNoTracking()).AnyAsync(o => o.Id == id, ct))
            return OrganisationQueries.NotFound();
        var (number, size, skip) = Paging.Normalise(page, pageSize);
        var roles = RoleRules.In(db, id).AsNoTracking();
        var people = db.Users.AsNoTracking().Where(u => roles.Any(r => r.UserId == u.Id));
        var total = await people.CountAsync(ct);
        var pageOfPeople = await people.OrderBy(u => u.DisplayName).ThenBy(u => u.Email).Skip(skip).Take(size)
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(ct);
        var ids = pageOfPeople.Select(p => p.Id).ToList();
        var held = await roles.Where(r => ids.Contains(r.UserId)).ToListAsync(ct);
        var items = pageOfPeople
            .Select(p => new PersonDto(p.Id, p.Email, p.DisplayName, [.. held.Where(r => r.UserId == p.Id).OrderBy(r => r.Role, StringComparer.Ordinal).Select(RoleAssignmentDto.From)]))
            .ToList();
        return TypedResults.Ok(new PagedList<PersonDto>(items, number, size, total));
    }
}
