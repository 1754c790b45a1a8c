namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>The tests that leave both nodes running share one cluster: starting two server processes is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class TwoNodeGroup : ICollectionFixture<ClusterFixture>
{
    public const string Name = "two nodes";
}
