namespace PcnFlow.Server.Tasks;

/// <summary>A sign-off decision on this task, or on a sign-off that covers it (<see cref="SignOffTitle"/> says which).</summary>
internal sealed record SignOffDecisionView(Guid SignOffTaskId, string SignOffTitle, string Decision, string? Comment, string DecidedBy, DateTimeOffset At);
