using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Instances;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Auth;

/// <summary>
/// What one signed-in person may see and do, from their role assignments. Every query for instances or tasks
/// goes through <see cref="Instances"/> or <see cref="Tasks"/>, so scope is enforced in SQL, not after loading.
/// </summary>
internal sealed class AccessScope
{
    public AccessScope(Guid userId, string userName, IReadOnlyList<RoleAssignment> roles, IReadOnlyList<(Guid PracticeId, Guid PcnId)> practices)
    {
        UserId = userId;
        UserName = userName;
        Roles = roles;
        IsAdmin = roles.Any(r => r.Role == AccessRoles.Admin);
        LeadIcs = Ids(roles, AccessRoles.ProgrammeLead);
        DirectorPcns = Ids(roles, AccessRoles.ClinicalDirector);
        BoardPcns = Ids(roles, AccessRoles.PcnBoard);
        PracticeIds = Ids(roles, AccessRoles.PracticeManager);
        PracticePcns = [.. practices.Where(p => PracticeIds.Contains(p.PracticeId)).Select(p => p.PcnId).Distinct()];
        SupportedUsers = [.. roles.Where(r => r.Role == AccessRoles.SupportPerson && r.SupportsUserId != null).Select(r => r.SupportsUserId!.Value)];
        MemberPcns = [.. DirectorPcns.Concat(BoardPcns).Concat(PracticePcns).Distinct()];
    }

    public Guid UserId { get; }
    public string UserName { get; }
    public IReadOnlyList<RoleAssignment> Roles { get; }
    public bool IsAdmin { get; }
    public List<Guid> LeadIcs { get; }
    public List<Guid> DirectorPcns { get; }
    public List<Guid> BoardPcns { get; }
    public List<Guid> PracticeIds { get; }
    public List<Guid> PracticePcns { get; }
    public List<Guid> MemberPcns { get; }
    public List<Guid> SupportedUsers { get; }

    public bool IsLeadOf(Guid? icsId) => IsAdmin || (icsId is { } id && LeadIcs.Contains(id));

    public IQueryable<WorkflowInstanceRecord> Instances(IQueryable<WorkflowInstanceRecord> query)
    {
        if (IsAdmin)
            return query;
        var me = UserId;
        var leadIcs = LeadIcs;
        var memberPcns = MemberPcns;
        var supported = SupportedUsers;
        return query.Where(i =>
            i.OwnerUserId == me
            || (i.OwnerUserId != null && supported.Contains(i.OwnerUserId.Value))
            || (i.OwnerUserId != null && i.SharedWithLead && i.IcsId != null && leadIcs.Contains(i.IcsId.Value))
            || (i.OwnerUserId == null && i.IcsId != null && leadIcs.Contains(i.IcsId.Value))
            || (i.OwnerUserId == null && i.PcnId != null && memberPcns.Contains(i.PcnId.Value)));
    }

    public IQueryable<TaskRecord> Tasks(IQueryable<TaskRecord> tasks, IQueryable<WorkflowInstanceRecord> instances)
    {
        if (IsAdmin)
            return tasks;
        var visible = Instances(instances);
        var me = UserId;
        var boardPcns = BoardPcns;
        var pmPcns = PracticePcns;
        // A personal plan stays private, but the open tasks it gives to someone else (the PCN board's sign-offs)
        // are theirs to see and act on, without the rest of the plan.
        return tasks.Where(t => visible.Any(i => i.Id == t.InstanceId)
            || (t.OwnerUserId != null && t.State == TaskState.Open && (t.AssigneeUserId == me
                || (t.OwnerRole == AccessRoles.PcnBoard && t.PcnId != null && boardPcns.Contains(t.PcnId.Value))
                || (t.OwnerRole == AccessRoles.PracticeManager && t.PcnId != null && pmPcns.Contains(t.PcnId.Value)))));
    }

    /// <summary>Open tasks that are this person's to do: assigned to them, or owned by a role they hold in the task's scope.</summary>
    public IQueryable<TaskRecord> Inbox(IQueryable<TaskRecord> tasks, IQueryable<WorkflowInstanceRecord> instances)
    {
        var me = UserId;
        var leadIcs = LeadIcs;
        var cdPcns = DirectorPcns;
        var boardPcns = BoardPcns;
        var pmPcns = PracticePcns;
        var supported = SupportedUsers;
        var memberPcns = MemberPcns;
        // Every branch of the role test below implies one term of this first filter, so it changes no result. It is
        // there for PostgreSQL: each term has an index, so the planner reads the union of a few index lookups, where
        // the role test alone can use none and every open task in the country was read for each inbox (8 ms, the
        // top query in a 300-PCN load run, against 0.3 ms with this).
        return Tasks(tasks, instances)
            .Where(t => t.AssigneeUserId == me || t.OwnerUserId == me
                || (t.PcnId != null && memberPcns.Contains(t.PcnId.Value))
                || (t.IcsId != null && leadIcs.Contains(t.IcsId.Value))
                || (t.OwnerUserId != null && supported.Contains(t.OwnerUserId.Value)))
            .Where(t => t.State == TaskState.Open && (t.AssigneeUserId == me || (t.AssigneeUserId == null && (
            (t.OwnerRole == AccessRoles.ClinicalDirector && (t.OwnerUserId == me || (t.OwnerUserId == null && t.PcnId != null && cdPcns.Contains(t.PcnId.Value))))
            || (t.OwnerRole == AccessRoles.ProgrammeLead && t.IcsId != null && leadIcs.Contains(t.IcsId.Value))
            || (t.OwnerRole == AccessRoles.PcnBoard && t.PcnId != null && boardPcns.Contains(t.PcnId.Value))
            || (t.OwnerRole == AccessRoles.PracticeManager && t.PcnId != null && pmPcns.Contains(t.PcnId.Value))
            || (t.OwnerRole == AccessRoles.SupportPerson && t.OwnerUserId != null && supported.Contains(t.OwnerUserId.Value))))));
    }

    /// <summary>Whether this person may act on a task: it is in their inbox, or they lead its ICS (leads can act for anyone).</summary>
    public bool CanAct(TaskRecord task) =>
        IsAdmin || task.AssigneeUserId == UserId || (task.AssigneeUserId == null && OwnsRole(task)) || IsLeadOf(task.IcsId) && task.OwnerUserId == null;

    private bool OwnsRole(TaskRecord task) => task.OwnerRole switch
    {
        AccessRoles.ClinicalDirector => task.OwnerUserId == UserId || (task.OwnerUserId == null && task.PcnId is { } p && DirectorPcns.Contains(p)),
        AccessRoles.ProgrammeLead => task.IcsId is { } i && LeadIcs.Contains(i),
        AccessRoles.PcnBoard => task.PcnId is { } p && BoardPcns.Contains(p),
        AccessRoles.PracticeManager => task.PcnId is { } p && PracticePcns.Contains(p),
        AccessRoles.SupportPerson => task.OwnerUserId is { } o && SupportedUsers.Contains(o),
        _ => false,
    };

    private static List<Guid> Ids(IReadOnlyList<RoleAssignment> roles, string role) =>
        [.. roles.Where(r => r.Role == role && r.OrganisationId != null).Select(r => r.OrganisationId!.Value).Distinct()];
}
