using System.Diagnostics;
using Xunit.Abstractions;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>A reminder burst on a <see cref="Cluster"/>: scheduling it, the figures, and the exactly-once checks.</summary>
public static class ClusterBurst
{
    public static async Task<(ReminderBurst Burst, Stopwatch Clock)> ScheduleAsync(Cluster nodes)
    {
        var burst = new ReminderBurst(nodes.ClockFile, Settings.ClusterReminders, branches: 20, signOffs: false);
        await burst.ScheduleAsync("Riverside PCN", nodes.NodeA.BaseUrl, nodes.NodeB.BaseUrl);
        var wait = burst.DueAtReal - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait);
        return (burst, Stopwatch.StartNew());
    }

    public static async Task<(long NodeA, long NodeB)> ReportAsync(Cluster nodes, ITestOutputHelper output, string name, ReminderBurst burst, Stopwatch clock)
    {
        var ledger = await DeliveryLedger.ReadAsync(nodes.Database, nodes.Smtp);
        var split = await nodes.DeliveriesByNodeAsync();
        var reminders = nodes.Smtp.Messages().Where(m => m.Key?.StartsWith("reminder:", StringComparison.Ordinal) == true).ToList();
        var last = reminders.Count == 0 ? TimeSpan.Zero : reminders.Max(m => m.ReceivedAt) - burst.DueAtReal;
        output.WriteLine($"[figure] PostgreSQL {name}: {burst.Reminders} reminders due at one instant, last received {last.TotalSeconds:0.0} s after it " +
            $"(quiet after {clock.Elapsed.TotalSeconds:0} s); deliveries by node: node-a {split.NodeA}, node-b {split.NodeB}; {ledger.Summary()}");
        return split;
    }

    public static async Task ShouldHaveDeliveredEveryReminderOnceAsync(Cluster nodes, ReminderBurst burst, bool allowCrashWindow)
    {
        var ledger = await DeliveryLedger.ReadAsync(nodes.Database, nodes.Smtp);
        var reminders = await nodes.Database.RemindersAsync(ReminderBurst.DefinitionId);
        reminders.Count.ShouldBe(burst.Reminders, "reminders created; none means the servers' clock never moved (the clock hook did not load: see the node logs)");
        reminders.Where(r => r.Status != "Done").Select(r => $"{r.Key} {r.Status}").ShouldBeEmpty("reminders not done");
        var sent = ledger.SentKeys.ToHashSet();
        reminders.Where(r => !sent.Any(k => k.StartsWith(r.Key + ":", StringComparison.Ordinal))).Select(r => r.Key).ShouldBeEmpty("reminders without a sent message");
        ledger.Lost.ShouldBeEmpty(ledger.Summary());
        ledger.Duplicates.ShouldBeEmpty(ledger.Summary());
        ledger.Unknown.ShouldBeEmpty(ledger.Summary());
        // Without a kill there is no cut-off delivery, so not even the one case exactly-once cannot cover.
        if (!allowCrashWindow)
            ledger.InWindow.ShouldBeEmpty(ledger.Summary());
    }
}
