namespace PcnFlow.Persistence.Tasks;

/// <summary>A link to evidence kept elsewhere (SharePoint, FutureNHS); files are not stored here.</summary>
public sealed class EvidenceLink
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TaskId { get; set; }
    public required string Url { get; set; }
    public string? Title { get; set; }
    public required string AddedBy { get; set; }
    public DateTimeOffset At { get; set; }
}
