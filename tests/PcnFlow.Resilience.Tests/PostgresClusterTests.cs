using PcnFlow.Resilience.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PcnFlow.Resilience.Tests;

/// <summary>
/// Two server processes on one PostgreSQL database, both running Hangfire workers, with a burst of reminders due in
/// the same second: each is delivered exactly once across the two nodes (elsa-core #4819: timers firing on every
/// node), measured at the real SMTP server. <see cref="PostgresNodeFailureTests"/> kills one node mid-burst.
/// </summary>
[Collection(TwoNodeGroup.Name)]
public sealed class PostgresClusterTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private Cluster Nodes => fixture.Cluster!;

    [PostgresFact]
    public async Task Two_nodes_share_a_burst_of_reminders_and_deliver_each_exactly_once()
    {
        var (burst, clock) = await ClusterBurst.ScheduleAsync(Nodes);
        await Nodes.WaitForQuietAsync(TimeSpan.FromMinutes(5));

        var (nodeA, nodeB) = await ClusterBurst.ReportAsync(Nodes, output, "two nodes", burst, clock);
        nodeA.ShouldBeGreaterThan(0, "node-a delivered nothing");
        nodeB.ShouldBeGreaterThan(0, "node-b delivered nothing");
        await ClusterBurst.ShouldHaveDeliveredEveryReminderOnceAsync(Nodes, burst, allowCrashWindow: false);
    }
}
