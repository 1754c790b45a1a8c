namespace PcnFlow.Persistence.Identity;

/// <summary>
/// One role held by one person, scoped to an organisation: a lead to an ICS, a CD or board member to a PCN,
/// a practice manager to a practice. A support person is scoped to the CD they support.
/// </summary>
public sealed class RoleAssignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public PcnFlowUser? User { get; set; }
    public required string Role { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? SupportsUserId { get; set; }
}
