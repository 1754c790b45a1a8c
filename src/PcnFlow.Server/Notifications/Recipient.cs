using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Notifications;

internal sealed record Recipient(Guid UserId, string Email, string DisplayName, NotificationPreference Preference);
