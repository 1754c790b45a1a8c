using System.Collections.Concurrent;
using Hangfire;
using Hangfire.States;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// The drain job this process has planned for each instant, so the 10,000 reminders prepared for 09:00 share one job
/// rather than planning one each. Per process, not shared: another node plans its own drain for the same instant,
/// and two drains at once only split the messages between them, since each message is claimed before it is sent.
/// </summary>
internal sealed class DrainPlans(JobStorage storage)
{
    private readonly ConcurrentDictionary<DateTimeOffset, string> _jobs = new();
    private readonly Lock _planning = new();

    public string JobFor(DateTimeOffset at, DateTimeOffset now, Func<string> plan)
    {
        // Instants well past are forgotten, so the map holds only what is still to come.
        foreach (var past in _jobs.Keys.Where(k => k < now.AddMinutes(-5)))
            _jobs.TryRemove(past, out _);
        if (_jobs.TryGetValue(at, out var planned) && WillStillClaim(planned, at, now))
            return planned;
        // Checked again under the lock, so preparations racing for the same instant share the one drain the first plans.
        lock (_planning)
        {
            if (_jobs.TryGetValue(at, out planned) && WillStillClaim(planned, at, now))
                return planned;
            planned = plan();
            _jobs[at] = planned;
            return planned;
        }
    }

    /// <summary>
    /// Whether the drain has yet to claim its last batch. One that has run, possibly on another node, would leave a
    /// message prepared after it waiting up to a minute for the reconcile job; that happens when the clock is set back
    /// across an instant already drained (the resilience tests' second burst falls at the same 09:00 as the first).
    /// </summary>
    private bool WillStillClaim(string jobId, DateTimeOffset at, DateTimeOffset now)
    {
        using var connection = storage.GetConnection();
        var state = connection.GetStateData(jobId)?.Name;
        if (state == ScheduledState.StateName || state == EnqueuedState.StateName)
            return true;
        // A drain starts a moment early and waits for its instant before it claims anything.
        return state == ProcessingState.StateName && now < at;
    }
}
