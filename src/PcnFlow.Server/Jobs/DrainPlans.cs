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
    private string? _now;

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
    /// The drain for messages that go at once (task-opened notices, sign-off requests, digests). A drain still waiting
    /// in the queue takes every message committed before it starts, so on a busy node one job sends many notices rather
    /// than each planning a job of its own (on PostgreSQL each job is about 25 statements of Hangfire's). Once it is
    /// running it may have claimed its last batch, so the next message gets a new drain.
    /// </summary>
    public string JobForNow(Func<string> plan)
    {
        if (Volatile.Read(ref _now) is { } queued && IsQueued(queued))
            return queued;
        lock (_planning)
        {
            if (_now is { } again && IsQueued(again))
                return again;
            var planned = plan();
            Volatile.Write(ref _now, planned);
            return planned;
        }
    }

    private bool IsQueued(string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name == EnqueuedState.StateName;
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
