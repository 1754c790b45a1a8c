namespace PcnFlow.Engine.Runtime;

/// <summary>The state of one activity execution.</summary>
public enum FrameStatus
{
    /// <summary>Queued to run.</summary>
    Scheduled,

    /// <summary>Running, or waiting for its children.</summary>
    Running,

    /// <summary>Waiting on a bookmark.</summary>
    Suspended,
}
