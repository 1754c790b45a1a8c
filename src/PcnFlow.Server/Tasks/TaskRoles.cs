using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Tasks;

/// <summary>Whether a person holds a task's owner role where the task is: the same rules the inbox uses.</summary>
internal static class TaskRoles
{
    public static Task<bool> HoldsAsync(PcnFlowDbContext db, TaskRecord task, Guid userId, CancellationToken ct)
    {
        var roles = db.RoleAssignments.AsNoTracking().Where(r => r.UserId == userId);
        switch (task.OwnerRole)
        {
            case AccessRoles.ProgrammeLead:
                return roles.AnyAsync(r => r.Role == AccessRoles.ProgrammeLead && r.OrganisationId == task.IcsId, ct);
            case AccessRoles.ClinicalDirector when task.OwnerUserId is { } owner:
                return Task.FromResult(owner == userId);
            case AccessRoles.ClinicalDirector or AccessRoles.PcnBoard:
                return roles.AnyAsync(r => r.Role == task.OwnerRole && r.OrganisationId == task.PcnId, ct);
            case AccessRoles.PracticeManager:
                var practices = db.Organisations.Where(o => o.Kind == OrganisationKind.Practice && o.ParentId == task.PcnId).Select(o => (Guid?)o.Id);
                return roles.AnyAsync(r => r.Role == AccessRoles.PracticeManager && practices.Contains(r.OrganisationId), ct);
            case AccessRoles.SupportPerson when task.OwnerUserId is { } supported:
                return roles.AnyAsync(r => r.Role == AccessRoles.SupportPerson && r.SupportsUserId == supported, ct);
            case AccessRoles.SupportPerson:
                var directors = db.RoleAssignments.Where(r => r.Role == AccessRoles.ClinicalDirector && r.OrganisationId == task.PcnId).Select(r => (Guid?)r.UserId);
                return roles.AnyAsync(r => r.Role == AccessRoles.SupportPerson && directors.Contains(r.SupportsUserId), ct);
            default:
                return Task.FromResult(false);
        }
    }
}
