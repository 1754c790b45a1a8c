namespace PcnFlow.Persistence.Instances;

/// <summary>One line of an instance's audit trail, copied from the engine's journal when the instance is saved.</summary>
public sealed class JournalRecord
{
    public long Id { get; set; }
    public required string InstanceId { get; set; }
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Kind { get; set; }
    public string? ActivityId { get; set; }
    public string? ActivityType { get; set; }
    public required string Actor { get; set; }
    public string? Outcome { get; set; }
    public string? Message { get; set; }
    public string? DataJson { get; set; }
}
