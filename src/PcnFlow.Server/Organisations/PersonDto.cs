namespace PcnFlow.Server.Organisations;

/// <summary>A person with the roles they hold in (or, for a support person, for someone in) an organisation.</summary>
internal sealed record PersonDto(Guid Id, string? Email, string DisplayName, IReadOnlyList<RoleAssignmentDto> Roles);
