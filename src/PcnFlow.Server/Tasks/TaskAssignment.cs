namespace PcnFlow.Server.Tasks;

internal sealed record TaskAssignment(Guid Id, string OwnerRole, Guid? AssigneeUserId, string? AssigneeName);
