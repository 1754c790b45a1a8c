using PcnFlow.Engine.Runtime;

namespace PcnFlow.Persistence.Instances;

/// <summary>
/// A stored instance: the engine's state JSON plus the columns the API filters on. <see cref="Revision"/> is the
/// concurrency token, so two writers never both win.
/// </summary>
public sealed class WorkflowInstanceRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public Guid DefinitionVersionId { get; set; }
    public WorkflowStatus Status { get; set; }
    public WorkflowSubStatus SubStatus { get; set; }
    public string? Name { get; set; }
    public string? CorrelationId { get; set; }
    public string? ParentInstanceId { get; set; }
    public Guid? PcnId { get; set; }
    public Guid? IcsId { get; set; }

    // The person a personal plan (the CD's first 100 days) belongs to; null for PCN programmes.
    public Guid? OwnerUserId { get; set; }
    public bool SharedWithLead { get; set; }
    public DateOnly Day0 { get; set; }
    public required string StateJson { get; set; }

    // How many journal entries are already copied to the journal table, so each save appends only new ones.
    public int JournalCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long Revision { get; set; }
}
