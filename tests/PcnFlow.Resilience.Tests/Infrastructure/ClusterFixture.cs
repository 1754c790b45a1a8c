namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>One two-node cluster for the tests of a class that leave both nodes running.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public Cluster? Cluster { get; private set; }

    public async Task InitializeAsync()
    {
        if (Cluster.PostgresServer != null)
            Cluster = await Infrastructure.Cluster.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (Cluster != null)
            await Cluster.DisposeAsync();
    }
}
