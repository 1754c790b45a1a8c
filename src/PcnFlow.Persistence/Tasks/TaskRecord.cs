namespace PcnFlow.Persistence.Tasks;

/// <summary>
/// A human task, sign-off or review as the inbox sees it. The engine's bookmark is the truth about whether it
/// can be completed; this row makes it queryable by owner, organisation and due date.
/// </summary>
public sealed class TaskRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string InstanceId { get; set; }
    public required string BookmarkId { get; set; }
    public required string ActivityId { get; set; }
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public string? Instructions { get; set; }
    public required string OwnerRole { get; set; }
    public Guid? PcnId { get; set; }
    public Guid? IcsId { get; set; }

    // Set for tasks of a personal plan, so only that person (and their support person) sees them.
    public Guid? OwnerUserId { get; set; }
    public Guid? AssigneeUserId { get; set; }
    public string? Stage { get; set; }
    public string? ProgrammeName { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public TaskState State { get; set; }
    public string? Outcome { get; set; }

    // The engine's task payload (form schema, outcomes, reminders, escalation) as JSON.
    public required string PayloadJson { get; set; }
    public string? DataJson { get; set; }
    public string? CompletedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public int Attempt { get; set; } = 1;
    public string? ReturnedComment { get; set; }
    public bool Escalated { get; set; }
    public long Revision { get; set; }
}
