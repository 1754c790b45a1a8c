using PcnFlow.Engine.Runtime;

namespace PcnFlow.Server.Instances;

/// <summary>A running or finished programme as lists show it.</summary>
internal sealed record InstanceSummary(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    string? Name,
    Guid? PcnId,
    string? PcnName,
    Guid? IcsId,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    DateOnly Day0,
    Guid? OwnerUserId,
    bool SharedWithLead,
    string? ParentInstanceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt);
