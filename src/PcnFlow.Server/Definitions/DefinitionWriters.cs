using Microsoft.AspNetCore.Authorization;
using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Definitions;

/// <summary>Programmes are designed by programme leads (and admins); everyone else only reads and simulates them.</summary>
internal static class DefinitionWriters
{
    public static void Policy(AuthorizationPolicyBuilder policy) => policy.RequireRole(AccessRoles.Admin, AccessRoles.ProgrammeLead);
}
