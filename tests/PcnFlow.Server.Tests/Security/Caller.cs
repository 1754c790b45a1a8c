using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// Someone calling the API in the route-table test: a <see cref="Infrastructure.TestWorld"/> user (or nobody), what kind
/// of role they hold, and which of the two organisation sets is their own (North/PCN A, or South/PCN C).
/// </summary>
public sealed record Caller(string Name, CallerKind Kind, OrganisationSet Home)
{
    public static readonly IReadOnlyList<Caller> All =
    [
        new("anonymous", CallerKind.Anonymous, OrganisationSet.North),
        new("admin", CallerKind.Admin, OrganisationSet.North),
        new("lead", CallerKind.ProgrammeLead, OrganisationSet.North),
        new("cdA", CallerKind.PcnMember, OrganisationSet.North) { PcnRole = AccessRoles.ClinicalDirector },
        new("pmA", CallerKind.PcnMember, OrganisationSet.North) { PcnRole = AccessRoles.PracticeManager },
        new("supportA", CallerKind.SupportPerson, OrganisationSet.North),
        new("leadSouth", CallerKind.ProgrammeLead, OrganisationSet.South),
        new("cdC", CallerKind.PcnMember, OrganisationSet.South) { PcnRole = AccessRoles.ClinicalDirector },
    ];

    public bool IsAnonymous => Kind == CallerKind.Anonymous;
    public bool IsAdmin => Kind == CallerKind.Admin;
    public bool IsLead => Kind == CallerKind.ProgrammeLead;

    /// <summary>Holds a role inside a PCN (clinical director, practice manager, board member).</summary>
    public bool IsPcnMember => Kind == CallerKind.PcnMember;

    /// <summary>The role a PCN member holds there, for routes where a CD and a practice manager differ (completing the CD's task).</summary>
    public string? PcnRole { get; init; }

    public bool IsClinicalDirector => PcnRole == AccessRoles.ClinicalDirector;

    public OrganisationSet Other => Home == OrganisationSet.North ? OrganisationSet.South : OrganisationSet.North;

    public override string ToString() => Name;
}
