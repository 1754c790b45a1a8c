namespace PcnFlow.Server.Definitions;

/// <summary>One version in a definition's history, with the instances (visible to the caller) still running on it.</summary>
internal sealed record DefinitionVersionSummary(
    int Version,
    bool IsLatest,
    bool IsPublished,
    string? VersionNote,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? PublishedAt,
    int RunningInstances);
