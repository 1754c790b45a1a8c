using BenchmarkDotNet.Attributes;
using PcnFlow.Benchmarks.Reporting;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Benchmarks.SixStep;

/// <summary>
/// One six-step instance from start to the end of programme year one, against the persistence floor measured in the
/// same run: saving and reloading that instance's state as JSON at every point where the engine hands it back.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EngineBenchmarkConfig))]
public class SixStepYearBenchmarks
{
    private SixStepYearDriver _driver = null!;
    private WorkflowState[] _suspensions = [];

    [GlobalSetup]
    public void Setup()
    {
        _driver = new SixStepYearDriver();
        var saved = new List<byte[]>();
        var state = SixStepYearDriver.Check(_driver.Run(1, s => saved.Add(WorkflowStateSerializer.SerializeToUtf8Bytes(s)))[0]);
        _suspensions = [.. saved.Select(b => WorkflowStateSerializer.Deserialize(b))];
        Console.WriteLine($"// Six-step year: {_suspensions.Length} suspension points, {state.ActivitiesExecuted()} activities, " +
            $"{state.Journal.Count} journal entries, final state {saved[^1].Length:N0} bytes of JSON, {saved.Sum(b => (long)b.Length):N0} bytes saved in all.");
    }

    /// <summary>What any host that stores state must do at least: write the state after each run and read it back before the next.</summary>
    [Benchmark(Baseline = true, Description = "Six-step year: state save+load at each suspension")]
    public long SerialisationFloor()
    {
        var bytes = 0L;
        foreach (var state in _suspensions)
        {
            var json = WorkflowStateSerializer.SerializeToUtf8Bytes(state);
            bytes += json.Length;
            WorkflowStateSerializer.Deserialize(json);
        }
        return bytes;
    }

    [Benchmark(Description = "Six-step year: engine, 1 instance")]
    [ActivitiesPerOperation(nameof(YearActivities))]
    public WorkflowState EngineYear() => _driver.Run(1)[0];

    public static long YearActivities() => SixStepYearDriver.Check(new SixStepYearDriver().Run(1)[0]).ActivitiesExecuted();
}
