using BenchmarkDotNet.Attributes;
using PcnFlow.Benchmarks.Reporting;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Benchmarks.SixStep;

/// <summary>
/// Every PCN in England (1,259) through programme year one on one engine and one thread, all states held in memory.
/// One operation takes about a second, so it runs fewer iterations than the others.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EngineBenchmarkConfig))]
[WarmupCount(1)]
[IterationCount(3)]
public class SixStepFleetBenchmarks
{
    public const int PcnsInEngland = 1259;

    private SixStepYearDriver _driver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _driver = new SixStepYearDriver();
        foreach (var state in _driver.Run(2))
            SixStepYearDriver.Check(state);
    }

    [Benchmark(Description = "Six-step year: engine, 1,259 instances")]
    [ActivitiesPerOperation(nameof(FleetActivities))]
    public WorkflowState[] EveryPcn() => _driver.Run(PcnsInEngland);

    public static long FleetActivities() => new SixStepYearDriver().Run(PcnsInEngland).Sum(s => SixStepYearDriver.Check(s).ActivitiesExecuted());
}
