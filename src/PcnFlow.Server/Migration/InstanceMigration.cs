using PcnFlow.Engine.Migration;

namespace PcnFlow.Server.Migration;

/// <summary>
/// Moving one programme to another version, as a dry run or done. <see cref="Revision"/> is the programme's revision
/// (also the ETag): send the dry run's back as If-Match so the move is refused if the programme changed in between.
/// </summary>
internal sealed record InstanceMigration(
    string InstanceId,
    string? PcnName,
    int FromVersion,
    int ToVersion,
    bool DryRun,
    MigrationStatus Status,
    IReadOnlyList<MigrationActivity> Removed,
    IReadOnlyList<MigrationActivity> Added,
    IReadOnlyList<RetimedTaskView> Retimed,
    IReadOnlyList<RetimedWait> RetimedWaits,
    IReadOnlyList<string> VariablesAdded,
    IReadOnlyList<MigrationRefusal> Refusals,
    long Revision);
