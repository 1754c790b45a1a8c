using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Hosting;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Scheduling;

/// <summary>
/// Projects a programme's timeline from a day-0 date by running it in memory with a simulated clock,
/// assuming each task is completed on its due date with its first outcome. Child plans started along
/// the way are projected too when their definitions are supplied.
/// </summary>
public static class TimelineSimulator
{
    /// <summary>Projects <paramref name="main"/> from <paramref name="start"/> for <paramref name="days"/> days.</summary>
    public static IReadOnlyList<TimelineEntry> Simulate(WorkflowDefinition main, IEnumerable<WorkflowDefinition> others, DateOnly start, int days = 366, string? pcnName = null)
    {
        var host = new InMemoryWorkflowHost(new SimulatedClock(UkTime.AtLocalTime(start, new TimeOnly(8, 0)))) { AutoCompleteTasks = true };
        foreach (var definition in others)
            host.Register(definition);
        host.Register(main);
        host.Start(main.DefinitionId, new StartOptions { Day0 = start, PcnName = pcnName ?? "Example PCN", Input = new Dictionary<string, object?> { ["pcnName"] = pcnName ?? "Example PCN", ["day0"] = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } });
        host.AdvanceTo(UkTime.AtLocalTime(start.AddDays(days), TimeOnly.MinValue));
        var names = host.Instances.Values.ToDictionary(s => s.InstanceId, s => host.BlueprintOf(s.InstanceId).Definition.Name ?? s.DefinitionId);
        return [.. host.Events.Select(e => ToEntry(e, names[e.InstanceId])).OfType<TimelineEntry>().OrderBy(e => e.Date)];
    }

    private static TimelineEntry? ToEntry(HostEvent e, string programme)
    {
        var date = UkTime.Today(e.At);
        return e.Kind switch
        {
            "TaskOpened" => new TimelineEntry(date, e.Task!.Kind, e.Text, e.Task.Stage, e.Role, e.Task.DueDate, e.ActivityId!, programme),
            "Reminder" or "Escalation" => new TimelineEntry(date, e.Kind, e.Text, e.Task?.Stage, e.Role, e.Task?.DueDate, e.ActivityId!, programme),
            "Notification" => new TimelineEntry(date, "Notification", e.Text, null, e.Role, null, e.ActivityId!, programme),
            _ => null,
        };
    }
}
