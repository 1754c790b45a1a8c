namespace PcnFlow.Server.Organisations;

/// <summary>How a person wants to hear about their work: <c>Individual</c> emails, or one <c>DailyDigest</c>.</summary>
internal sealed record PreferencesDto(string NotificationPreference);
