namespace PcnFlow.Engine.Runtime;

/// <summary>A point where an instance waits: a human task, a timer, an event or a child workflow.</summary>
public sealed class Bookmark
{
    /// <summary>The bookmark id, unique within the instance and never reused.</summary>
    public required string Id { get; set; }

    /// <summary>The kind of wait; see <see cref="BookmarkKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The frame that resumes when the bookmark is resumed.</summary>
    public required string FrameId { get; set; }

    /// <summary>The activity that created it.</summary>
    public required string ActivityId { get; set; }

    /// <summary>When a timer bookmark falls due; null for bookmarks that wait on people or events.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The event name for event bookmarks, or the child instance id for child-workflow bookmarks.</summary>
    public string? Key { get; set; }

    /// <summary>The human task details for task bookmarks.</summary>
    public Tasks.HumanTaskPayload? Task { get; set; }

    /// <summary>When the bookmark was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
