namespace PcnFlow.Server.Organisations;

/// <summary>A new name or ODS code; moving an organisation to another parent is not offered.</summary>
internal sealed record OrganisationUpdate(string? Name, string? OdsCode);
