using System.Collections.Concurrent;

namespace PcnFlow.Load;

/// <summary>Every request's latency in milliseconds, by endpoint (method and route template), and the failures.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _samples = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();

    public void Record(string endpoint, double milliseconds) => _samples.GetOrAdd(endpoint, _ => new()).Enqueue(milliseconds);

    public void Fail(string endpoint, string reason) => _failures.AddOrUpdate($"{endpoint}: {reason}", 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, Summary> Summaries() =>
        _samples.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => Percentiles.Summarise(p.Value));

    public IReadOnlyDictionary<string, int> Failures() => _failures.ToDictionary(p => p.Key, p => p.Value);

    public int FailureCount => _failures.Values.Sum();
}
