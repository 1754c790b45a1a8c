using PcnFlow.Persistence.Organisations;

namespace PcnFlow.Server.Auth;

/// <summary>One role the signed-in person holds, with the organisation (or the CD they support) it is scoped to.</summary>
internal sealed record MeRole(string Role, Guid? OrganisationId, string? OrganisationName, OrganisationKind? OrganisationKind, Guid? SupportsUserId, string? SupportsName);
