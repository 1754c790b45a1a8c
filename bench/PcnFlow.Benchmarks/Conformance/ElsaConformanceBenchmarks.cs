using BenchmarkDotNet.Attributes;
using PcnFlow.Benchmarks.Reporting;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Benchmarks.Conformance;

/// <summary>
/// The two Elsa 3 integration-test workflows Elsa published steady-state figures for, run in memory with the
/// blueprint compiled once (Elsa's figure also excludes building the workflow).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EngineBenchmarkConfig))]
public class ElsaConformanceBenchmarks
{
    private ConformanceWorkload _joinAll2 = null!;
    private ConformanceWorkload _implicitLoop = null!;

    [GlobalSetup]
    public void Setup()
    {
        _joinAll2 = new ConformanceWorkload("explicitjoins-join-all-2");
        _implicitLoop = new ConformanceWorkload("importandexecute-implicit-loop");
        _joinAll2.RunChecked();
        _implicitLoop.RunChecked();
    }

    [Benchmark(Description = "explicitjoins-join-all-2")]
    [ActivitiesPerOperation(nameof(JoinAll2Activities))]
    public WorkflowState JoinAll2() => _joinAll2.Run();

    [Benchmark(Description = "importandexecute-implicit-loop")]
    [ActivitiesPerOperation(nameof(ImplicitLoopActivities))]
    public WorkflowState ImplicitLoop() => _implicitLoop.Run();

    public static long JoinAll2Activities() => new ConformanceWorkload("explicitjoins-join-all-2").RunChecked().ActivitiesExecuted();

    public static long ImplicitLoopActivities() => new ConformanceWorkload("importandexecute-implicit-loop").RunChecked().ActivitiesExecuted();
}
