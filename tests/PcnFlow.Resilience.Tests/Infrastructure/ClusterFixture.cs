namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>One two-node cluster for the tests of a class that leave both nodes running.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public Cluster? Cluster { get; private set; }

    public async Task InitializeAsync()
    {
        // A relay that takes 50 ms a message keeps the first node's workers busy for a moment, so the test sees both
        // nodes take work. Without it a burst could be over before the second node's idle workers next polled the
        // queue (every 0.5 s): in one clean-clone run node-a delivered all 106 messages and node-b none.
        if (Cluster.PostgresServer != null)
            Cluster = await Infrastructure.Cluster.StartAsync(smtpDelay: TimeSpan.FromMilliseconds(50));
    }

    public async Task DisposeAsync()
    {
        if (Cluster != null)
            await Cluster.DisposeAsync();
    }
}
