namespace PcnFlow.Benchmarks;

/// <summary>
/// A clock the benchmarks set directly. <see cref="PcnFlow.Engine.Hosting.SimulatedClock"/> never goes back, so
/// every invocation would need a new engine, and with it a new Jint engine; this one is reset to day 0 instead.
/// </summary>
internal sealed class BenchmarkClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public void Set(DateTimeOffset now) => _now = now;

    public override DateTimeOffset GetUtcNow() => _now;
}
