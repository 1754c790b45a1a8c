using PcnFlow.Persistence.Organisations;

namespace PcnFlow.Server.Organisations;

/// <summary>
/// An organisation as the API shows it. The webhook address is a secret (anyone holding a Teams or Slack
/// incoming-webhook URL can post to the channel), so only whether one is set is shown.
/// </summary>
internal sealed record OrganisationDto(Guid Id, OrganisationKind Kind, string Name, string? OdsCode, Guid? ParentId, bool HasWebhook, DateTimeOffset CreatedAt)
{
    public static OrganisationDto From(Organisation o) => new(o.Id, o.Kind, o.Name, o.OdsCode, o.ParentId, o.WebhookUrl != null, o.CreatedAt);
}
