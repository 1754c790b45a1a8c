using BenchmarkDotNet.Configs;

namespace PcnFlow.Benchmarks.Reporting;

/// <summary>Adds the per-activity columns. Jobs come from the command line (<c>--job short</c>) or BenchmarkDotNet's default.</summary>
internal sealed class EngineBenchmarkConfig : ManualConfig
{
    public EngineBenchmarkConfig() => AddColumn(PerActivityColumn.All);
}
