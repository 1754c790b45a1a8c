namespace PcnFlow.Persistence.Identity;

public enum NotificationPreference
{
    Individual,
    DailyDigest,
}
