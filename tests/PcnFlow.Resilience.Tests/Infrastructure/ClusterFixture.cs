namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>One two-node cluster for the tests of a class that leave both nodes running.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public Cluster? Cluster { get; private set; }

    public async Task InitializeAsync()
    {
        // A relay that takes 150 ms a message keeps the first node's workers busy for a while, so the test sees both
        // nodes take work. Without it a burst could be over before the second node's idle workers next polled the
        // queue (every 0.5 s): in one clean-clone run node-a delivered all 106 messages and node-b none. At 50 ms,
        // once the drain claimed ahead, node-b's share fell as low as 7 of 106.
        if (Cluster.PostgresServer != null)
            Cluster = await Infrastructure.Cluster.StartAsync(smtpDelay: TimeSpan.FromMilliseconds(150));
    }

    public async Task DisposeAsync()
    {
        if (Cluster != null)
            await Cluster.DisposeAsync();
    }
}
