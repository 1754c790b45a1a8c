namespace PcnFlow.Server.Instances;

/// <summary>An open task of an instance: what the programme is waiting for people to do.</summary>
internal sealed record ActiveTask(
    Guid Id,
    string ActivityId,
    string Kind,
    string Title,
    string OwnerRole,
    Guid? AssigneeUserId,
    string? Stage,
    DateOnly? DueDate,
    DateTimeOffset? DueAt,
    bool Overdue,
    int Attempt,
    bool Escalated);
