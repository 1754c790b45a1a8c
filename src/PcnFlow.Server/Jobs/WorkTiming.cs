using PcnFlow.Persistence.Scheduling;

namespace PcnFlow.Server.Jobs;

/// <summary>When a scheduled-work row's job runs: at its due time, except a reminder, which is prepared ahead.</summary>
internal static class WorkTiming
{
    public static DateTimeOffset RunAt(ScheduledWork work, TimeSpan prepareAhead) =>
        work.Kind == ScheduledWorkKind.Reminder ? work.DueAt - prepareAhead : work.DueAt;
}
