namespace PcnFlow.Persistence.Definitions;

/// <summary>
/// One version of a workflow definition, as in Elsa: each definition id has at most one draft (the latest,
/// unpublished) and any number of published versions. Instances pin the version they started on.
/// </summary>
public sealed class DefinitionVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }

    // The Elsa 3 JSON exactly as it will be exported, so import → export is lossless.
    public required string Json { get; set; }
    public string? VersionNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string CreatedBy { get; set; } = "system";
    public long Revision { get; set; }
}
