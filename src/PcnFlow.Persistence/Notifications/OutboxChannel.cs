namespace PcnFlow.Persistence.Notifications;

public enum OutboxChannel
{
    Email,
    Webhook,
}
