namespace PcnFlow.Engine.Migration;

/// <summary>
/// A timer or a review not yet open whose time the target version sets differently. When the instance moves, the
/// wait is replaced by one with a new bookmark id, so a host that keys its scheduled work by bookmark cancels the old
/// time and plans the new one.
/// </summary>
/// <param name="BookmarkId">The waiting bookmark now.</param>
/// <param name="ActivityId">The timer or review activity.</param>
/// <param name="Title">The activity's label, or its id.</param>
/// <param name="OldAt">When the wait ends now.</param>
/// <param name="NewAt">When it ends under the target version; a time already past ends it as soon as the host resumes it.</param>
public sealed record RetimedWait(string BookmarkId, string ActivityId, string Title, DateTimeOffset OldAt, DateTimeOffset NewAt);
