namespace PcnFlow.Engine.Hosting;

/// <summary>Something the in-memory host did on behalf of an instance, in time order.</summary>
/// <param name="At">When.</param>
/// <param name="Kind">TaskOpened, TaskCompleted, Reminder, Escalation, Notification, ChildStarted, InstanceFinished.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="ActivityId">The activity, if any.</param>
/// <param name="Text">A description (task title, notification subject).</param>
/// <param name="Role">The role it concerns.</param>
/// <param name="Task">The task, for task events.</param>
public sealed record HostEvent(DateTimeOffset At, string Kind, string InstanceId, string? ActivityId, string Text, string? Role, Tasks.HumanTaskPayload? Task = null);
