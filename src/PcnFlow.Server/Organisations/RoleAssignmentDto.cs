using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Organisations;

internal sealed record RoleAssignmentDto(Guid Id, Guid UserId, string Role, Guid? OrganisationId, Guid? SupportsUserId)
{
    public static RoleAssignmentDto From(RoleAssignment r) => new(r.Id, r.UserId, r.Role, r.OrganisationId, r.SupportsUserId);
}
