namespace PcnFlow.Engine.Runtime;

/// <summary>
/// Something a run asks its host to do, because the engine does no I/O: open or close a task in the inbox,
/// deliver a notification, start a child workflow, or publish an event to other instances.
/// </summary>
public abstract record WorkflowEffect;

/// <summary>A human task, sign-off or review is now open.</summary>
/// <param name="Bookmark">The task bookmark with its payload (owner, due date, reminders).</param>
public sealed record TaskOpened(Bookmark Bookmark) : WorkflowEffect;

/// <summary>A task is no longer open.</summary>
/// <param name="BookmarkId">The task's bookmark id.</param>
/// <param name="ActivityId">The task's activity id.</param>
/// <param name="Completed">True when a person completed it; false when it was cancelled.</param>
/// <param name="Outcome">The outcome chosen, when completed.</param>
public sealed record TaskClosed(string BookmarkId, string ActivityId, bool Completed, string? Outcome) : WorkflowEffect;

/// <summary>A notification to deliver to everyone holding the given roles for this instance.</summary>
/// <param name="ActivityId">The activity that asked.</param>
/// <param name="To">Role names.</param>
/// <param name="Subject">The rendered subject.</param>
/// <param name="Body">The rendered body (markdown).</param>
public sealed record NotificationRequested(string ActivityId, IReadOnlyList<string> To, string Subject, string Body) : WorkflowEffect;

/// <summary>A child workflow to start.</summary>
/// <param name="ActivityId">The activity that asked.</param>
/// <param name="ChildInstanceId">The id to give the child instance.</param>
/// <param name="DefinitionId">The child definition id.</param>
/// <param name="Input">The child's input.</param>
/// <param name="CorrelationId">The child's correlation id.</param>
/// <param name="WaitBookmarkId">The parent bookmark to resume with the child's output when it finishes; null when the parent does not wait.</param>
public sealed record ChildWorkflowRequested(
    string ActivityId,
    string ChildInstanceId,
    string DefinitionId,
    IReadOnlyDictionary<string, object?> Input,
    string? CorrelationId,
    string? WaitBookmarkId) : WorkflowEffect;

/// <summary>An event for the host to deliver to matching <c>Elsa.Event</c> bookmarks.</summary>
/// <param name="Name">The event name.</param>
/// <param name="Payload">The event payload.</param>
/// <param name="CorrelationId">Only instances with this correlation id receive it, when set.</param>
/// <param name="LocalOnly">Only this instance receives it.</param>
public sealed record EventPublished(string Name, object? Payload, string? CorrelationId, bool LocalOnly) : WorkflowEffect;
