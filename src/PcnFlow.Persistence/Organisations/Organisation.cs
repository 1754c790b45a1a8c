namespace PcnFlow.Persistence.Organisations;

/// <summary>An ICS, a PCN within it, or a member practice within a PCN.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public OrganisationKind Kind { get; set; }
    public required string Name { get; set; }
    public string? OdsCode { get; set; }
    public Guid? ParentId { get; set; }
    public Organisation? Parent { get; set; }

    // A Teams or Slack incoming-webhook address that receives a JSON POST for this organisation's notifications.
    public string? WebhookUrl { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
