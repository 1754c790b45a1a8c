using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Organisations;

namespace PcnFlow.Server.Organisations;

/// <summary>
/// Which role fits which kind of organisation: a lead an ICS; a CD, board member or support person a PCN; a
/// practice manager a practice. Admin is not an organisation role, so it is not handed out here.
/// </summary>
internal static class RoleRules
{
    private static readonly string[] Assignable =
        [AccessRoles.ProgrammeLead, AccessRoles.ClinicalDirector, AccessRoles.PcnBoard, AccessRoles.PracticeManager, AccessRoles.SupportPerson];

    public static OrganisationKind? KindFor(string role) => role switch
    {
        AccessRoles.ProgrammeLead => OrganisationKind.Ics,
        AccessRoles.ClinicalDirector or AccessRoles.PcnBoard or AccessRoles.SupportPerson => OrganisationKind.Pcn,
        AccessRoles.PracticeManager => OrganisationKind.Practice,
        _ => null,
    };

    public static async Task<(string? Role, List<KeyValuePair<string, string>> Errors)> CheckAsync(
        PcnFlowDbContext db, Organisation organisation, string? requested, Guid? supportsUserId, CancellationToken ct)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var role = AccessRoles.Normalise(requested);
        if (role == null || !Assignable.Contains(role))
        {
            errors.Add(new("role", $"Choose one of: {string.Join(", ", Assignable)}."));
            return (null, errors);
        }
        if (KindFor(role) is { } kind && kind != organisation.Kind)
            errors.Add(new("role", $"A {role} belongs to {OrganisationAccess.Describe(kind)}, but {organisation.Name} is {OrganisationAccess.Describe(organisation.Kind)}."));
        else if (role == AccessRoles.SupportPerson)
        {
            if (supportsUserId is not { } cd)
                errors.Add(new("supportsUserId", "A support person supports a Clinical Director: give the CD's user id as supportsUserId."));
            else if (!await db.RoleAssignments.AnyAsync(r => r.UserId == cd && r.Role == AccessRoles.ClinicalDirector && r.OrganisationId == organisation.Id, ct))
                errors.Add(new("supportsUserId", $"That person is not a Clinical Director of {organisation.Name}."));
        }
        else if (supportsUserId != null)
            errors.Add(new("supportsUserId", "Only a support person is linked to a Clinical Director; leave supportsUserId out."));
        return (role, errors);
    }

    /// <summary>The role assignments that belong to an organisation: held in it, or supporting a CD of it.</summary>
    public static IQueryable<RoleAssignment> In(PcnFlowDbContext db, Guid organisationId)
    {
        var held = db.RoleAssignments.Where(r => r.OrganisationId == organisationId);
        return db.RoleAssignments.Where(r => r.OrganisationId == organisationId
            || (r.Role == AccessRoles.SupportPerson && r.SupportsUserId != null && held.Any(c => c.Role == AccessRoles.ClinicalDirector && c.UserId == r.SupportsUserId)));
    }
}
