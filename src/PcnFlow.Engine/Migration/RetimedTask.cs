using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Migration;

/// <summary>An open task whose schedule the target version writes differently, with the dates before and after.</summary>
/// <param name="BookmarkId">The task's bookmark, which stays the same.</param>
/// <param name="ActivityId">The task activity.</param>
/// <param name="Title">The task title.</param>
/// <param name="OldDueDate">The due date now.</param>
/// <param name="NewDueDate">The due date under the target version.</param>
/// <param name="OldReminders">When reminders are sent now.</param>
/// <param name="NewReminders">When reminders are sent under the target version.</param>
/// <param name="OldEscalateAt">When the task escalates now.</param>
/// <param name="NewEscalateAt">When it escalates under the target version.</param>
public sealed record RetimedTask(
    string BookmarkId,
    string ActivityId,
    string Title,
    DateOnly? OldDueDate,
    DateOnly? NewDueDate,
    IReadOnlyList<DateTimeOffset> OldReminders,
    IReadOnlyList<DateTimeOffset> NewReminders,
    DateTimeOffset? OldEscalateAt,
    DateTimeOffset? NewEscalateAt)
{
    /// <summary>The task's payload as the target version schedules it; it replaces the bookmark's payload when the instance moves.</summary>
    public required HumanTaskPayload Payload { get; init; }
}
