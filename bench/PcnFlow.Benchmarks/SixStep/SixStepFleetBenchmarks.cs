using BenchmarkDotNet.Attributes;
using PcnFlow.Benchmarks.Reporting;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Benchmarks.SixStep;

/// <summary>
/// Every PCN in England (1,259) through programme year one on one engine and one thread, every state kept in memory.
/// Side by side, all 1,259 states are live and changing all year, which is what a host sweeping timers across every
/// instance does to the garbage collector; one after another shows the engine's own cost at that scale.
/// One operation takes seconds, so these run fewer iterations than the others.
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
        foreach (var state in _driver.Run(2).Concat(_driver.RunOneAfterAnother(2)))
            SixStepYearDriver.Check(state);
    }

    [Benchmark(Description = "Six-step year: engine, 1,259 instances side by side")]
    [ActivitiesPerOperation(nameof(FleetActivities))]
    public WorkflowState[] EveryPcn() => _driver.Run(PcnsInEngland);

    [Benchmark(Description = "Six-step year: engine, 1,259 instances one after another")]
    [ActivitiesPerOperation(nameof(FleetActivities))]
    public WorkflowState[] EveryPcnOneAfterAnother() => _driver.RunOneAfterAnother(PcnsInEngland);

    public static long FleetActivities() => new SixStepYearDriver().Run(PcnsInEngland).Sum(s => SixStepYearDriver.Check(s).ActivitiesExecuted());
}
