namespace PcnFlow.Server.Migration;

/// <summary>What happened to one instance: a dry run that could move, a move done, or a refusal.</summary>
internal enum MigrationStatus
{
    CanMigrate,
    Migrated,
    Refused,
}
