namespace PcnFlow.Engine.Runtime;

/// <summary>The kinds of bookmark the engine creates.</summary>
public static class BookmarkKinds
{
    /// <summary>Waits until <see cref="Bookmark.DueAt"/>.</summary>
    public const string Timer = "Timer";

    /// <summary>Waits for an event named <see cref="Bookmark.Key"/>.</summary>
    public const string Event = "Event";

    /// <summary>Waits for the child instance <see cref="Bookmark.Key"/> to finish.</summary>
    public const string ChildWorkflow = "ChildWorkflow";

    /// <summary>Waits for a person to complete a task, sign-off or review.</summary>
    public const string HumanTask = "HumanTask";
}
