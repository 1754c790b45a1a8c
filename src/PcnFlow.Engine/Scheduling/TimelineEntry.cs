namespace PcnFlow.Engine.Scheduling;

/// <summary>One line of a projected programme timeline.</summary>
/// <param name="Date">The date it happens: a task's opening date, a reminder's send date.</param>
/// <param name="Kind"><c>Task</c>, <c>SignOff</c>, <c>Review</c>, <c>Reminder</c>, <c>Escalation</c> or <c>Notification</c>.</param>
/// <param name="Title">The task title or notification subject.</param>
/// <param name="Stage">The stage label.</param>
/// <param name="Owner">The role concerned.</param>
/// <param name="Due">The due date, for tasks.</param>
/// <param name="ActivityId">The activity.</param>
/// <param name="Programme">The programme (definition) name, so child plans can be told apart.</param>
public sealed record TimelineEntry(DateOnly Date, string Kind, string Title, string? Stage, string? Owner, DateOnly? Due, string ActivityId, string Programme);
