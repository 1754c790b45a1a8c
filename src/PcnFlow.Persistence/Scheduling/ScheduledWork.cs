namespace PcnFlow.Persistence.Scheduling;

/// <summary>
/// Something that must happen at a time: resume a timer, open a review, remind, escalate, request a sign-off.
/// This row, not Hangfire's storage, is the truth: Hangfire only executes it, and a job lost with Hangfire's
/// storage is rebuilt from the pending rows. <see cref="Key"/> is unique, so the same work is never planned twice.
/// </summary>
public sealed class ScheduledWork
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public ScheduledWorkKind Kind { get; set; }
    public required string InstanceId { get; set; }
    public Guid? TaskId { get; set; }
    public string? BookmarkId { get; set; }
    public int? ReminderIndex { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public ScheduledWorkStatus Status { get; set; }

    // The Hangfire job executing this row; the reconcile job plans a new one when it is missing or gone.
    public string? JobId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public long Revision { get; set; }
}
