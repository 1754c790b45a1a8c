using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Server.Auth;

namespace PcnFlow.Server.Organisations;

/// <summary>
/// Which organisations a person sees and may change. An admin sees all; a programme lead their ICS, its PCNs
/// and their practices; a CD their PCN and its practices; a practice manager their practice and its PCN, whose
/// programme they work on; anyone else the organisations they hold a role in.
/// </summary>
internal static class OrganisationAccess
{
    /// <summary>Only admins and programme leads change organisations; which ones is then checked per organisation.</summary>
    public static void ManagersPolicy(AuthorizationPolicyBuilder policy) => policy.RequireRole(AccessRoles.Admin, AccessRoles.ProgrammeLead);

    public static IQueryable<Organisation> Visible(AccessScope scope, IQueryable<Organisation> organisations)
    {
        if (scope.IsAdmin)
            return organisations;
        var leadIcs = scope.LeadIcs;
        var directorPcns = scope.DirectorPcns;
        var own = scope.Roles.Where(r => r.OrganisationId != null).Select(r => r.OrganisationId!.Value).Concat(scope.PracticePcns).Distinct().ToList();
        return organisations.Where(o => own.Contains(o.Id)
            || (o.ParentId != null && (leadIcs.Contains(o.ParentId.Value) || directorPcns.Contains(o.ParentId.Value)))
            || (o.Parent != null && o.Parent.ParentId != null && leadIcs.Contains(o.Parent.ParentId.Value)));
    }

    /// <summary>The organisation if the caller can see it (tracked, for changes), with the ICS it belongs to.</summary>
    public static async Task<(Organisation? Organisation, Guid? IcsId)> FindAsync(PcnFlowDbContext db, AccessScope scope, Guid id, CancellationToken ct)
    {
        var organisation = await Visible(scope, db.Organisations).FirstOrDefaultAsync(o => o.Id == id, ct);
        return organisation == null ? (null, null) : (organisation, await IcsOfAsync(db, organisation, ct));
    }

    public static async Task<Guid?> IcsOfAsync(PcnFlowDbContext db, Organisation organisation, CancellationToken ct) => organisation.Kind switch
    {
        OrganisationKind.Ics => organisation.Id,
        OrganisationKind.Pcn => organisation.ParentId,
        _ => organisation.ParentId is { } pcn ? await db.Organisations.Where(o => o.Id == pcn).Select(o => o.ParentId).FirstOrDefaultAsync(ct) : null,
    };

    /// <summary>Admins change anything; a lead changes the PCNs and practices of their ICS (the ICS itself is the admins').</summary>
    public static bool CanEdit(AccessScope scope, OrganisationKind kind, Guid? icsId) =>
        scope.IsAdmin || (kind != OrganisationKind.Ics && icsId is { } ics && scope.LeadIcs.Contains(ics));

    /// <summary>Admins, and a lead anywhere in their ICS (the ICS included), manage people, roles and webhooks.</summary>
    public static bool CanManage(AccessScope scope, Guid? icsId) => scope.IsAdmin || (icsId is { } ics && scope.LeadIcs.Contains(ics));

    public static string Describe(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Ics => "an ICS",
        OrganisationKind.Pcn => "a PCN",
        _ => "a practice",
    };
}
