using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcnFlow.Persistence;

namespace PcnFlow.Server.Auth;

/// <summary>
/// Checks every signed-in request's cookie or bearer token against its person's row: if they are deleted, or their
/// security stamp changed since it was issued (a new password, a lost role, signed out everywhere), the request goes
/// on as nobody and a cookie is removed. Identity's own check runs only every 30 minutes and only for cookies, and a
/// bearer token is never checked at all, so either would keep working for hours after its person was gone.
/// </summary>
internal sealed class SecurityStampCheck(RequestDelegate next, IOptions<IdentityOptions> identity)
{
    public async Task InvokeAsync(HttpContext context, PcnFlowDbContext db)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await StillValidAsync(context.User, db, context.RequestAborted))
        {
            var fromCookie = context.User.Identity.AuthenticationType == IdentityConstants.ApplicationScheme;
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (fromCookie)
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
        await next(context);
    }

    private async Task<bool> StillValidAsync(ClaimsPrincipal user, PcnFlowDbContext db, CancellationToken ct)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (!Guid.TryParse(user.FindFirstValue(claims.UserIdClaimType), out var id) || user.FindFirstValue(claims.SecurityStampClaimType) is not { Length: > 0 } stamp)
            return false;
        var current = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);
        return string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
