namespace PcnFlow.Server.Definitions;

/// <summary>A definition as the list shows it: its latest version, what is published, and how many instances it runs.</summary>
internal sealed record DefinitionSummary(
    string DefinitionId,
    string Name,
    string? Description,
    int LatestVersion,
    int? PublishedVersion,
    bool HasDraft,
    int RunningInstances);
