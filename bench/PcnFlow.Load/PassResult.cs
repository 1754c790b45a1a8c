namespace PcnFlow.Load;

/// <summary>Everything one database's pass measured.</summary>
public sealed record PassResult(
    string Database,
    int Icss,
    int Pcns,
    int Instances,
    TimeSpan SetupTime,
    ActivityResult Activity,
    IReadOnlyDictionary<string, Summary> Latency,
    IReadOnlyDictionary<string, int> Failures,
    LatenessResult Lateness,
    long DatabaseBytes,
    long PeakMemoryBytes,
    double RawWritesPerSecond,
    int EmailsReceived,
    string LoadAverage,
    IReadOnlyDictionary<string, Summary> SetupLatency)
{
    /// <summary>The raw write through a bare HTTP server, measured after the raw limit (<see cref="HttpWriteLimit"/>).</summary>
    public HttpWriteResult? BareHttp { get; init; }

    public double Ratio => Activity.PerSecond / RawWritesPerSecond;

    /// <summary>The slowest p99 among the task-completion endpoints.</summary>
    public double CompletionP99 => Latency.Where(p => p.Key.EndsWith("/complete", StringComparison.Ordinal) || p.Key.EndsWith("/decision", StringComparison.Ordinal))
        .Select(p => p.Value.P99).DefaultIfEmpty(double.NaN).Max();
}
