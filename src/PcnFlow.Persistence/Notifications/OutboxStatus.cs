namespace PcnFlow.Persistence.Notifications;

public enum OutboxStatus
{
    Pending,
    Sending,
    HeldForDigest,
    Digested,
    Sent,
    Failed,

    // A reminder prepared ahead of its time whose task closed or moved before it was due.
    Cancelled,
}
