using System.Diagnostics;
using System.Globalization;
using PcnFlow.Benchmarks.Reporting;

namespace PcnFlow.Benchmarks.SixStep;

/// <summary>
/// The six-step year measured in process CPU time rather than wall-clock time (<c>-- cpu</c>). The target is stated in
/// CPU time, and on a shared machine wall-clock figures also count the time other processes hold the cores.
/// Process CPU includes the garbage collector's and the JIT's threads, so it is never flattering.
/// </summary>
internal static class SixStepCpuTime
{
    public static void Report(TextWriter output)
    {
        var driver = new SixStepYearDriver();
        var activities = SixStepYearDriver.Check(driver.Run(1)[0]).ActivitiesExecuted();
        Measure(output, "1 instance", () => driver.Run(1), runs: 3000, instances: 1, activities);
        Measure(output, $"{SixStepFleetBenchmarks.PcnsInEngland:N0} instances side by side", () => driver.Run(SixStepFleetBenchmarks.PcnsInEngland),
            runs: 3, instances: SixStepFleetBenchmarks.PcnsInEngland, activities);
        Measure(output, $"{SixStepFleetBenchmarks.PcnsInEngland:N0} instances one after another", () => driver.RunOneAfterAnother(SixStepFleetBenchmarks.PcnsInEngland),
            runs: 3, instances: SixStepFleetBenchmarks.PcnsInEngland, activities);
    }

    private static void Measure(TextWriter output, string name, Action run, int runs, int instances, long activities)
    {
        WarmUp(run);
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
            run();
        clock.Stop();
        process.Refresh();
        var cpuPerYear = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs / instances;
        var wallPerYear = clock.Elapsed.TotalMilliseconds / runs / instances;
        jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitted;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Six-step year, {name}: {cpuPerYear:F3} ms process CPU per instance-year ({cpuPerYear * 1000 / activities:F2} us per activity), " +
            $"{wallPerYear:F3} ms wall-clock; {runs} runs, {jitted} methods compiled meanwhile."));
    }

    /// <summary>
    /// Runs until no method has been compiled for two seconds (at most a minute). Tiered compilation recompiles hot
    /// methods on its own thread for a while after start-up, and that CPU belongs to start-up, not to the steady state.
    /// </summary>
    private static void WarmUp(Action run)
    {
        var total = Stopwatch.StartNew();
        var quiet = Stopwatch.StartNew();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (quiet.Elapsed < TimeSpan.FromSeconds(2) && total.Elapsed < TimeSpan.FromMinutes(1))
        {
            run();
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quiet.Restart();
            }
        }
    }
}
