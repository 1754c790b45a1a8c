namespace PcnFlow.Persistence.Notifications;

public sealed class InAppNotification
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public Guid UserId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public string? Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
