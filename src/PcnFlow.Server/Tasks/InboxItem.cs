namespace PcnFlow.Server.Tasks;

/// <summary>One line of a person's inbox: what to do, for which programme and PCN, and by when.</summary>
internal sealed record InboxItem(
    Guid Id,
    string Title,
    string Kind,
    string InstanceId,
    string? ProgrammeName,
    Guid? PcnId,
    string? PcnName,
    string? Stage,
    string OwnerRole,
    DateOnly? DueDate,
    DateTimeOffset? DueAt,
    bool Overdue,
    int Attempt,
    bool Returned,
    bool Escalated,
    bool PersonalPlan);
