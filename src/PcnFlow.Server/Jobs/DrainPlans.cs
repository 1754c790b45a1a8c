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

    public string JobFor(DateTimeOffset at, DateTimeOffset now, Func<string> plan)
    {
        // Instants well past are forgotten, so the map holds only what is still to come.
        foreach (var past in _jobs.Keys.Where(k => k < now.AddMinutes(-5)))
            _jobs.TryRemove(past, out _);
        if (_jobs.TryGetValue(at, out var planned) && NotStarted(planned))
            return planned;
        // A drain that has started may already have claimed its last batch, so a message prepared after that gets a
        // drain of its own (it runs at once) rather than waiting up to a minute for the reconcile job. In the
        // resilience tests a second burst falls at the same 09:00 as the first, whose drain has long finished.
        var job = plan();
        _jobs[at] = job;
        return job;
    }

    private bool NotStarted(string jobId)
    {
        using var connection = storage.GetConnection();
        var state = connection.GetStateData(jobId)?.Name;
        return state == ScheduledState.StateName || state == EnqueuedState.StateName;
    }
}
