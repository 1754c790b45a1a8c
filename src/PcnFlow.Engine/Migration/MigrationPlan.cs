namespace PcnFlow.Engine.Migration;

/// <summary>
/// What moving one instance to another version of its definition would change, worked out without changing
/// anything. The instance can move only when <see cref="Refusals"/> is empty.
/// </summary>
public sealed class MigrationPlan
{
    /// <summary>The version the instance runs now.</summary>
    public required int FromVersion { get; init; }

    /// <summary>The version it would move to.</summary>
    public required int ToVersion { get; init; }

    /// <summary>Activities the current version has and the target does not.</summary>
    public IReadOnlyList<MigrationActivity> Removed { get; init; } = [];

    /// <summary>Activities the target version adds.</summary>
    public IReadOnlyList<MigrationActivity> Added { get; init; } = [];

    /// <summary>Open tasks whose due date, reminders or escalation the target version sets differently.</summary>
    public IReadOnlyList<RetimedTask> Retimed { get; init; } = [];

    /// <summary>Timers and reviews not yet open whose time the target version sets differently.</summary>
    public IReadOnlyList<RetimedWait> RetimedWaits { get; init; } = [];

    /// <summary>Variables the target version declares that the instance does not have yet; they start at their declared value.</summary>
    public IReadOnlyList<string> VariablesAdded { get; init; } = [];

    /// <summary>Why the instance cannot move; empty when it can.</summary>
    public IReadOnlyList<MigrationRefusal> Refusals { get; init; } = [];

    /// <summary>Whether the instance can move.</summary>
    public bool CanMigrate => Refusals.Count == 0;

    // Flowchart join bookkeeping names inbound connections by position, so it is renumbered for the target's connection list.
    internal Dictionary<string, Dictionary<string, List<int>>> Arrivals { get; init; } = [];
}
