using Microsoft.AspNetCore.Identity;

namespace PcnFlow.Persistence.Identity;

/// <summary>A person who signs in: a programme lead, a CD, practice staff, a support person or an admin.</summary>
public sealed class PcnFlowUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public NotificationPreference NotificationPreference { get; set; } = NotificationPreference.Individual;

    // The secret in the personal calendar feed address; rotating it revokes old subscriptions.
    public string CalendarToken { get; set; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
}
