using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Definitions;

namespace PcnFlow.Server.Organisations;

/// <summary>
/// Giving people roles and taking them away. A change shows in what they see at once (scope is read per
/// request). A new role's claim reaches their token when they next sign in or refresh; taking a role away ends
/// their sign-ins, because route policies read role claims, which would otherwise outlive the role.
/// </summary>
internal static class RoleAssignments
{
    public static async Task<Results<Created<RoleAssignmentDto>, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid id, RoleAssignmentRequest body, PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var (organisation, icsId) = await OrganisationAccess.FindAsync(db, scope, id, ct);
        if (organisation == null)
            return OrganisationQueries.NotFound();
        if (!OrganisationAccess.CanManage(scope, icsId))
            return OrganisationQueries.CannotManage(organisation);
        var errors = new List<KeyValuePair<string, string>>();
        if (body.UserId is not { } userId || !await db.Users.AnyAsync(u => u.Id == userId, ct))
            errors.Add(new("userId", "There is no person with that id."));
        var (role, roleErrors) = await RoleRules.CheckAsync(db, organisation, body.Role, body.SupportsUserId, ct);
        errors.AddRange(roleErrors);
        if (errors.Count > 0)
            return ApiProblems.Invalid(errors);
        if (await db.RoleAssignments.AnyAsync(r => r.UserId == body.UserId && r.Role == role && r.OrganisationId == id && r.SupportsUserId == body.SupportsUserId, ct))
            return ApiProblems.Conflict($"That person is already {role} in {organisation.Name}.");
        var assignment = new RoleAssignment { UserId = body.UserId!.Value, Role = role!, OrganisationId = id, SupportsUserId = body.SupportsUserId };
        db.RoleAssignments.Add(assignment);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organisations/{id}/people", RoleAssignmentDto.From(assignment));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(Guid id, Guid roleId, PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var (organisation, icsId) = await OrganisationAccess.FindAsync(db, scope, id, ct);
        if (organisation == null)
            return OrganisationQueries.NotFound();
        if (!OrganisationAccess.CanManage(scope, icsId))
            return OrganisationQueries.CannotManage(organisation);
        var assignment = await RoleRules.In(db, id).FirstOrDefaultAsync(r => r.Id == roleId, ct);
        if (assignment == null)
            return ApiProblems.NotFound($"There is no role assignment with that id in {organisation.Name}.");
        db.RoleAssignments.Remove(assignment);
        // A new security stamp makes SecurityStampCheck refuse every cookie and token issued with the old claims.
        var person = await db.Users.FirstAsync(u => u.Id == assignment.UserId, ct);
        person.SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
