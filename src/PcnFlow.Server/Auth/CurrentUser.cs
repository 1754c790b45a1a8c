using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Organisations;

namespace PcnFlow.Server.Auth;

/// <summary>The signed-in person for this request, with their access scope loaded once.</summary>
internal sealed class CurrentUser(IHttpContextAccessor http, PcnFlowDbContext db)
{
    private AccessScope? _scope;

    public Guid? Id => Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => http.HttpContext?.User.Identity?.Name ?? "anonymous";

    public async Task<AccessScope> ScopeAsync(CancellationToken ct = default)
    {
        if (_scope != null)
            return _scope;
        var userId = Id ?? throw new UnauthorizedAccessException("Nobody is signed in.");
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(ct);
        // Only a practice manager's scope needs their practices' PCNs; leads and CDs, who make most requests,
        // skip the query.
        var practiceIds = roles.Where(r => r.Role == AccessRoles.PracticeManager && r.OrganisationId != null).Select(r => r.OrganisationId!.Value).ToList();
        List<(Guid, Guid)> practices = [];
        if (practiceIds.Count > 0)
        {
            var rows = await db.Organisations.AsNoTracking()
                .Where(o => o.Kind == OrganisationKind.Practice && practiceIds.Contains(o.Id) && o.ParentId != null)
                .Select(o => new { o.Id, Pcn = o.ParentId!.Value })
                .ToListAsync(ct);
            practices = [.. rows.Select(p => (p.Id, p.Pcn))];
        }
        _scope = new AccessScope(userId, Name, roles, practices);
        return _scope;
    }
}
