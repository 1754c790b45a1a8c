namespace PcnFlow.Server.Tasks;

/// <summary>Approve a sign-off, or return the work with a comment saying what needs to change.</summary>
internal sealed record SignOffDecisionRequest(string? Decision, string? Comment);
