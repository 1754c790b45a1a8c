namespace PcnFlow.Engine.Runtime;

/// <summary>
/// One live activity execution (Elsa's activity execution context), kept only while it is scheduled,
/// running or suspended. Composite activities keep their progress in the optional fields.
/// </summary>
public sealed class FrameState
{
    /// <summary>The frame id, unique within the instance.</summary>
    public required string Id { get; set; }

    /// <summary>The activity this frame executes.</summary>
    public required string ActivityId { get; set; }

    /// <summary>The parent frame, or null for the root activity.</summary>
    public string? ParentId { get; set; }

    /// <summary>Scheduled, running or suspended.</summary>
    public FrameStatus Status { get; set; }

    /// <summary>Position in a sequence or loop.</summary>
    public int Cursor { get; set; }

    /// <summary>Flowchart join bookkeeping: target activity id to the inbound connection indexes that have delivered.</summary>
    public Dictionary<string, List<int>>? Arrivals { get; set; }

    /// <summary>Items being iterated by a ForEach.</summary>
    public List<object?>? Items { get; set; }

    /// <summary>Variables local to this frame and the activities under it (a loop body's CurrentValue), ignoring case.</summary>
    public Dictionary<string, object?>? Locals
    {
        get;
        set => field = value == null ? null : CaseInsensitiveNames.Ensure(value);
    }

    /// <summary>When the activity started (tasks count durations from here).</summary>
    public DateTimeOffset StartedAt { get; set; }
}
