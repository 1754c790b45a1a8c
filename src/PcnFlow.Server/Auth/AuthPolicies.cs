using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Auth;

/// <summary>
/// Named authorization policies for route groups. They check roles only; which organisation's data a person may
/// see is decided per request by <see cref="AccessScope"/>, answering 404 for what is out of scope.
/// </summary>
internal static class AuthPolicies
{
    public const string SignedIn = "SignedIn";
    public const string Admin = "Admin";
    public const string ProgrammeLeadOrAdmin = "ProgrammeLeadOrAdmin";

    public static void AddPcnFlowPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(AccessRoles.Admin))
            .AddPolicy(ProgrammeLeadOrAdmin, p => p.RequireAuthenticatedUser().RequireRole(AccessRoles.ProgrammeLead, AccessRoles.Admin));
}
