namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// Real ids from one organisation set, for filling route parameters: its ICS, PCN and a practice; a running six-step
/// programme with its clinical director's open task and the step 1 sign-off; the CD's own first-100-days plan,
/// calendar token and notification; a person with no role yet, and a board member's role assignment.
/// </summary>
public sealed record OrganisationIds(
    Guid IcsId,
    Guid PcnId,
    Guid PracticeId,
    string InstanceId,
    Guid TaskId,
    string CalendarToken,
    Guid SignOffTaskId,
    string PersonalPlanId,
    long NotificationId,
    Guid PersonId,
    Guid RoleId);
