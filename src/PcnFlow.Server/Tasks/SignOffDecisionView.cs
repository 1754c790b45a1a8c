namespace PcnFlow.Server.Tasks;

/// <summary>
/// A sign-off decision on this task, or on a sign-off that covers it (<see cref="SignOffTitle"/> says which).
/// <see cref="DecidedByName"/> is the approver's display name beside their user name, null if they have no account.
/// </summary>
internal sealed record SignOffDecisionView(Guid SignOffTaskId, string SignOffTitle, string Decision, string? Comment, string DecidedBy, string? DecidedByName, DateTimeOffset At);
