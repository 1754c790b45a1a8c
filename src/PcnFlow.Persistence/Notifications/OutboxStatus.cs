namespace PcnFlow.Persistence.Notifications;

public enum OutboxStatus
{
    Pending,
    Sending,
    HeldForDigest,
    Digested,
    Sent,
    Failed,
}
