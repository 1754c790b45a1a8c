namespace PcnFlow.Persistence.Tasks;

/// <summary>An approver's decision on a sign-off task: Approved, or Returned with the comment the owner sees.</summary>
public sealed class SignOffDecision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TaskId { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }
    public required string Decision { get; set; }
    public string? Comment { get; set; }
    public required string DecidedBy { get; set; }
    public DateTimeOffset At { get; set; }
}
