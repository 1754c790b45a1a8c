using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Auth;

internal static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/auth").WithTags("Auth");
        group.MapIdentityApi<PcnFlowUser>().Add(IdentityEndpointRules.Apply);
        group.MapGet("/me", GetMeAsync).WithName("GetMe").WithSummary("Who am I: name, email, and roles with their organisations");
        group.MapPost("/logout", LogoutAsync).WithName("Logout").WithSummary("Sign out (ends a cookie sign-in)");
        return group;
    }

    private static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetMeAsync(CurrentUser current, PcnFlowDbContext db, CancellationToken ct)
    {
        if (current.Id is not { } id)
            return TypedResults.Unauthorized();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user == null)
            return TypedResults.Unauthorized();
        var roles = await (
            from r in db.RoleAssignments.AsNoTracking()
            where r.UserId == id
            join o in db.Organisations on r.OrganisationId equals (Guid?)o.Id into organisations
            from o in organisations.DefaultIfEmpty()
            join s in db.Users on r.SupportsUserId equals (Guid?)s.Id into supported
            from s in supported.DefaultIfEmpty()
            orderby r.Role
            select new MeRole(r.Role, r.OrganisationId, o == null ? null : o.Name, o == null ? null : o.Kind, r.SupportsUserId, s == null ? null : s.DisplayName))
            .ToListAsync(ct);
        return TypedResults.Ok(new MeResponse(user.Id, user.Email ?? "", user.DisplayName, user.NotificationPreference, roles));
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<PcnFlowUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
