using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Instances;
using PcnFlow.Persistence.Organisations;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Who holds a role for an instance: the lead of its ICS, the CD and board of its PCN, the managers of its
/// member practices, the CD's support person. A personal plan's CD role means that one person.
/// </summary>
internal sealed class RecipientResolver(PcnFlowDbContext db)
{
    public async Task<IReadOnlyList<Recipient>> ResolveAsync(WorkflowInstanceRecord instance, string role, Guid? assignee, CancellationToken ct)
    {
        var userIds = assignee is { } single ? [single] : await UserIdsAsync(instance, role, ct);
        if (userIds.Count == 0)
            return [];
        return await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id) && u.Email != null)
            .OrderBy(u => u.Email)
            .Select(u => new Recipient(u.Id, u.Email!, u.DisplayName, u.NotificationPreference))
            .ToListAsync(ct);
    }

    private async Task<List<Guid>> UserIdsAsync(WorkflowInstanceRecord instance, string role, CancellationToken ct)
    {
        var assignments = db.RoleAssignments.AsNoTracking();
        switch (AccessRoles.Normalise(role))
        {
            case AccessRoles.ProgrammeLead:
                return await assignments.Where(r => r.Role == AccessRoles.ProgrammeLead && r.OrganisationId == instance.IcsId).Select(r => r.UserId).ToListAsync(ct);
            case AccessRoles.ClinicalDirector:
                if (instance.OwnerUserId is { } owner)
                    return [owner];
                return await assignments.Where(r => r.Role == AccessRoles.ClinicalDirector && r.OrganisationId == instance.PcnId).Select(r => r.UserId).ToListAsync(ct);
            case AccessRoles.PcnBoard:
                return await assignments.Where(r => r.Role == AccessRoles.PcnBoard && r.OrganisationId == instance.PcnId).Select(r => r.UserId).ToListAsync(ct);
            case AccessRoles.PracticeManager:
                var practices = db.Organisations.Where(o => o.Kind == OrganisationKind.Practice && o.ParentId == instance.PcnId).Select(o => (Guid?)o.Id);
                return await assignments.Where(r => r.Role == AccessRoles.PracticeManager && practices.Contains(r.OrganisationId)).Select(r => r.UserId).ToListAsync(ct);
            case AccessRoles.SupportPerson:
                var directors = instance.OwnerUserId is { } cd
                    ? [cd]
                    : await assignments.Where(r => r.Role == AccessRoles.ClinicalDirector && r.OrganisationId == instance.PcnId).Select(r => r.UserId).ToListAsync(ct);
                return await assignments.Where(r => r.Role == AccessRoles.SupportPerson && r.SupportsUserId != null && directors.Contains(r.SupportsUserId.Value)).Select(r => r.UserId).ToListAsync(ct);
            default:
                return [];
        }
    }
}
