using System.Collections.Concurrent;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// The drain job this process has planned for each instant, so the 10,000 reminders prepared for 09:00 share one job
/// rather than planning one each. Per process, not shared: another node plans its own drain for the same instant,
/// and two drains at once only split the messages between them, since each message is claimed before it is sent.
/// </summary>
internal sealed class DrainPlans
{
    private readonly ConcurrentDictionary<DateTimeOffset, string> _jobs = new();

    public string JobFor(DateTimeOffset at, DateTimeOffset now, Func<string> plan)
    {
        // Instants well past are forgotten, so the map holds only what is still to come.
        foreach (var past in _jobs.Keys.Where(k => k < now.AddMinutes(-5)))
            _jobs.TryRemove(past, out _);
        return _jobs.GetOrAdd(at, _ => plan());
    }
}
