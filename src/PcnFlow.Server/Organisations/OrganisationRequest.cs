namespace PcnFlow.Server.Organisations;

/// <summary>A new organisation: <see cref="Kind"/> is Ics, Pcn or Practice; a PCN's parent is an ICS, a practice's a PCN.</summary>
internal sealed record OrganisationRequest(string? Kind, string? Name, string? OdsCode, Guid? ParentId);
