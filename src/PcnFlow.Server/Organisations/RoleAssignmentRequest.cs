namespace PcnFlow.Server.Organisations;

/// <summary>Give an existing person a role in this organisation.</summary>
internal sealed record RoleAssignmentRequest(Guid? UserId, string? Role, Guid? SupportsUserId);
