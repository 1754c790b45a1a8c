namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// Who may call a route: a predicate over the caller and whether the ids in the URL belong to the caller's own
/// organisation. Allowed means the call must not answer 401, 403 or 404; refused means it must answer one of them.
/// </summary>
public sealed record RouteRule(string Name, Func<Caller, bool, bool> Allows)
{
    /// <summary>Anyone, signed in or not (sign-in itself, the secret-token calendar feed, the API docs).</summary>
    public static readonly RouteRule Anonymous = new(nameof(Anonymous), (_, _) => true);

    /// <summary>Anyone signed in, whatever the ids (their own profile, their own inbox).</summary>
    public static readonly RouteRule AnyoneSignedIn = new(nameof(AnyoneSignedIn), (c, _) => !c.IsAnonymous);

    public static readonly RouteRule AdminOnly = new(nameof(AdminOnly), (c, _) => c.IsAdmin);

    /// <summary>Any programme lead or admin, whatever the ids (e.g. editing definitions).</summary>
    public static readonly RouteRule ProgrammeLeadOrAdmin = new(nameof(ProgrammeLeadOrAdmin), (c, _) => c.IsAdmin || c.IsLead);

    /// <summary>Admins, and programme leads for ids within their own ICS.</summary>
    public static readonly RouteRule LeadOrAdminOfOwnOrg = new(nameof(LeadOrAdminOfOwnOrg), (c, own) => c.IsAdmin || (c.IsLead && own));

    /// <summary>Admins, and leads and PCN members (CD, practice manager, board) for ids within their own organisation.</summary>
    public static readonly RouteRule OwnOrgMembers = new(nameof(OwnOrgMembers), (c, own) => c.IsAdmin || (own && (c.IsLead || c.IsPcnMember)));

    /// <summary>
    /// Admins, and for ids within their own organisation its lead and clinical directors, but not its other members:
    /// acting on the route table's task, which is the CD's own (a lead may act on any PCN task of their ICS).
    /// </summary>
    public static readonly RouteRule LeadOrDirectorOfOwnOrg = new(nameof(LeadOrDirectorOfOwnOrg), (c, own) => c.IsAdmin || (own && (c.IsLead || c.IsClinicalDirector)));

    /// <summary>
    /// Only the person it belongs to, not even an admin. The route table's personal things (the first-100-days plan,
    /// a notification) belong to each set's clinical director.
    /// </summary>
    public static readonly RouteRule OwnerOnly = new(nameof(OwnerOnly), (c, own) => own && c.IsClinicalDirector);

    /// <summary>Nobody: the route exists only to say it does not (self-registration).</summary>
    public static readonly RouteRule Nobody = new(nameof(Nobody), (_, _) => false);

    public override string ToString() => Name;
}
