using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Definitions;

namespace PcnFlow.Server.Organisations;

/// <summary>Adding a person with their first role. The account and the role commit together or not at all.</summary>
internal static class PeopleWrites
{
    public static async Task<Results<Created<PersonDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid id, CreatePersonRequest body, PcnFlowDbContext db, UserManager<PcnFlowUser> users, CurrentUser user, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var (organisation, icsId) = await OrganisationAccess.FindAsync(db, scope, id, ct);
        if (organisation == null)
            return OrganisationQueries.NotFound();
        if (!OrganisationAccess.CanManage(scope, icsId))
            return OrganisationQueries.CannotManage(organisation);

        var email = body.Email?.Trim();
        var errors = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(email) || email.Length > 256 || email.IndexOf('@', StringComparison.Ordinal) is < 1)
            errors.Add(new("email", "Give the person's email address; it is how they sign in."));
        if (string.IsNullOrWhiteSpace(body.DisplayName) || body.DisplayName.Trim().Length > 200)
            errors.Add(new("displayName", "Give the person's name as it should appear (at most 200 characters)."));
        var (role, roleErrors) = await RoleRules.CheckAsync(db, organisation, body.Role, body.SupportsUserId, ct);
        errors.AddRange(roleErrors);
        if (errors.Count > 0)
            return ApiProblems.Invalid(errors);
        if (await users.FindByEmailAsync(email!) != null)
            return ApiProblems.Conflict($"{email} already has an account. Give them this role with POST /api/organisations/{id}/roles instead.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Added by an admin or lead who knows them, so the address counts as confirmed; they still prove it by resetting their password.
        var person = new PcnFlowUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = body.DisplayName!.Trim() };
        var created = string.IsNullOrEmpty(body.Password) ? await users.CreateAsync(person) : await users.CreateAsync(person, body.Password);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
                return ApiProblems.Conflict($"{email} already has an account.");
            return ApiProblems.Invalid(created.Errors.Select(e => new KeyValuePair<string, string>(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", e.Description)));
        }
        var assignment = new RoleAssignment { UserId = person.Id, Role = role!, OrganisationId = organisation.Id, SupportsUserId = body.SupportsUserId };
        db.RoleAssignments.Add(assignment);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/api/organisations/{id}/people", new PersonDto(person.Id, person.Email, person.DisplayName, [RoleAssignmentDto.From(assignment)]));
    }
}
