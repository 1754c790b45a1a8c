namespace PcnFlow.Persistence.Instances;

/// <summary>An active bookmark, stored queryably so events find their waiting instances without loading state.</summary>
public sealed class BookmarkRecord
{
    public required string InstanceId { get; set; }
    public required string BookmarkId { get; set; }
    public required string Kind { get; set; }
    public required string ActivityId { get; set; }
    public string? Key { get; set; }
    public string? CorrelationId { get; set; }
    public DateTimeOffset? DueAt { get; set; }
}
