namespace PcnFlow.Persistence.Notifications;

/// <summary>
/// A message to deliver, written in the same transaction as the change that caused it. <see cref="Key"/> is
/// unique (for a reminder: task, reminder index and recipient), which is what makes a reminder go once.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public OutboxChannel Channel { get; set; }
    public Guid? RecipientUserId { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string BodyText { get; set; }
    public string? BodyHtml { get; set; }
    public string? CalendarIcs { get; set; }
    public string? Link { get; set; }
    public string? InstanceId { get; set; }
    public Guid? TaskId { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? JobId { get; set; }
    public long Revision { get; set; }
}
