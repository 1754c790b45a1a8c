using System.Text.Json;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Scheduling;

namespace PcnFlow.Engine.Tasks;

public abstract partial class TaskActivity
{
    private static readonly string[] ScheduleInputs = ["due", "reminders", "escalation", "workingDays", "scheduledDay", "opensBefore"];

    /// <summary>Whether <paramref name="other"/> writes the same due rule, reminders, escalation and calendar as this activity.</summary>
    internal bool SchedulesLike(TaskActivity other) =>
        Array.TrueForAll(ScheduleInputs, name => InputValue.SameAs(Definition.Input(name), other.Definition.Input(name)));

    /// <summary>
    /// A copy of an open task's payload scheduled the way this activity schedules it: the due rule counts from
    /// the programme's day 0 or from when the task opened, exactly as when it first opened, so only the rule changes.
    /// What the person sees (title, instructions, form) stays as it opened.
    /// </summary>
    internal virtual HumanTaskPayload Reschedule(ActivityContext context, HumanTaskPayload current) =>
        Rescheduled(context, current, context.Evaluate(_due));

    private protected HumanTaskPayload Rescheduled(ActivityContext context, HumanTaskPayload current, object? dueRule)
    {
        var options = WorkflowStateSerializer.Options;
        var task = JsonSerializer.Deserialize<HumanTaskPayload>(JsonSerializer.Serialize(current, options), options)!;
        task.WorkingDays = CountsWorkingDays(context);
        var due = DueDates.Resolve(dueRule, context.State.Day0, UkTime.Today(current.OpenedAt), task.WorkingDays);
        TaskSchedule.Apply(task, due, _reminders, _escalateAfter, _escalateTo);
        return task;
    }
}
