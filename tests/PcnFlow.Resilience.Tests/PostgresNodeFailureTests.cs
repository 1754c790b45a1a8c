using PcnFlow.Resilience.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PcnFlow.Resilience.Tests;

/// <summary>
/// Two nodes on one PostgreSQL database share a burst of reminders, and the one sending them is killed with SIGKILL in
/// the middle of it: the survivor finishes the work, and each reminder still reaches the SMTP server exactly once.
/// </summary>
public sealed class PostgresNodeFailureTests(ITestOutputHelper output) : IAsyncLifetime
{
    private Cluster? _cluster;

    private Cluster Nodes => _cluster!;

    public async Task InitializeAsync()
    {
        // A relay that takes 250 ms a message: the nodes' own speed no longer decides whether a burst is still going
        // when the kill comes. Both nodes' drains send sixteen at once, so the hundred take about four rounds of the
        // relay, and the kill lands in the second. At 50 ms a message, once the drain claimed its next batch while
        // sending the last, a clean-clone run killed node-b after all hundred had arrived.
        if (Cluster.PostgresServer != null)
            _cluster = await Cluster.StartAsync(smtpDelay: TimeSpan.FromMilliseconds(250));
    }

    public async Task DisposeAsync()
    {
        if (_cluster != null)
            await _cluster.DisposeAsync();
    }

    [PostgresFact]
    public async Task A_node_killed_mid_burst_leaves_the_other_to_finish_with_nothing_lost_or_duplicated()
    {
        var (burst, clock) = await ClusterBurst.ScheduleAsync(Nodes);
        // Mid-burst: the first reminders have arrived, the rest are queued, held by the relay or being worked on by
        // both nodes.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (!Nodes.Smtp.Messages().Any(m => m.Key?.StartsWith("reminder:", StringComparison.Ordinal) == true) && DateTime.UtcNow < deadline)
            await Task.Delay(5);
        // The node sending the burst, so that the one that dies has work in hand: a drain claims a hundred at a time, so
        // at the CI size one node's drain takes every reminder, and killing the other would test nothing.
        var victim = await Nodes.NodeRunningADrainAsync() ?? Nodes.NodeB;
        victim.Kill();
        var atKill = Nodes.Smtp.Messages().Count(m => m.Key?.StartsWith("reminder:", StringComparison.Ordinal) == true);
        output.WriteLine($"{victim.Name} killed with {atKill} of {burst.Reminders} reminders received");
        atKill.ShouldBeLessThan(burst.Reminders, "the burst was over before the kill");

        // The dead node's fetched jobs come back after the invisibility timeout and its claims after their lease (30 s and 20 s here).
        await Nodes.WaitForQuietAsync(TimeSpan.FromMinutes(5));
        await ClusterBurst.ReportAsync(Nodes, output, $"{victim.Name} killed mid-burst", burst, clock);
        await ClusterBurst.ShouldHaveDeliveredEveryReminderOnceAsync(Nodes, burst, allowCrashWindow: true);
    }
}
