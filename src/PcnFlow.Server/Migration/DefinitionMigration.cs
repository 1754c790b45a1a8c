namespace PcnFlow.Server.Migration;

/// <summary>Moving every running programme of a definition that the caller leads: counts, then each programme's result.</summary>
internal sealed record DefinitionMigration(
    string DefinitionId,
    int ToVersion,
    bool DryRun,
    int CanMigrate,
    int Migrated,
    int Refused,
    IReadOnlyList<InstanceMigration> Instances);
