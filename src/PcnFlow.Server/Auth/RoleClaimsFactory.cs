using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Auth;

/// <summary>Puts each role a person holds into their cookie or token as a role claim, so policies can check it cheaply.</summary>
internal sealed class RoleClaimsFactory(UserManager<PcnFlowUser> users, IOptions<IdentityOptions> options, PcnFlowDbContext db)
    : UserClaimsPrincipalFactory<PcnFlowUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PcnFlowUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.Role).Distinct().ToListAsync();
        foreach (var role in roles)
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        identity.AddClaim(new Claim("name", user.DisplayName));
        return identity;
    }
}
