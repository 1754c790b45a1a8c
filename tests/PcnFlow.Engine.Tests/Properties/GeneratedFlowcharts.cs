namespace PcnFlow.Engine.Tests.Properties;

/// <summary>
/// The property tests run alone, after the rest: they keep both cores busy for a few seconds, and tests that
/// check wall-clock script limits (the 2-second timeout) must not be starved by them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GeneratedFlowcharts
{
    public const string Name = "Generated flowcharts";
}
