using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Auth;

/// <summary>The signed-in person. The calendar feed token is deliberately absent: it is a secret with its own endpoint.</summary>
internal sealed record MeResponse(Guid Id, string Email, string DisplayName, NotificationPreference NotificationPreference, IReadOnlyList<MeRole> Roles);
