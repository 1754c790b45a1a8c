using System.Diagnostics;

namespace PcnFlow.Load;

/// <summary>
/// Many reminders due at one instant (as every reminder of a day is, at 09:00 London): how late each arrives at the
/// SMTP server, measured from its due time to the server's receipt of the message.
/// </summary>
public static class ReminderLateness
{
    private const string KeyPrefix = "load-reminder:";

    public static async Task<LatenessResult> RunAsync(DatabaseTarget target, SmtpSink smtp, int wanted)
    {
        await WaitForQuietAsync(smtp);
        // Seven minutes ahead, as a day's reminders are planned well before 09:00: the reconcile job (every minute) hands
        // rows to Hangfire, and the server prepares each reminder five minutes before it is due (Notifications:PrepareAhead).
        var now = DateTimeOffset.UtcNow;
        var dueAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(7);
        var planned = await DirectWrites.PlanRemindersAsync(target, wanted, dueAt, KeyPrefix);
        Console.WriteLine($"  {planned} reminders planned for {dueAt:HH:mm:ss} UTC");
        var deadline = dueAt.AddMinutes(15);
        var lateness = new List<double>();
        while (DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            lateness = [.. smtp.Messages().Where(m => m.Key?.StartsWith(KeyPrefix, StringComparison.Ordinal) == true).Select(m => (m.ReceivedAt - dueAt).TotalSeconds)];
            if (lateness.Count >= planned)
                break;
        }
        if (lateness.Count > 1)
        {
            // Where the lateness comes from: a late start (the first arrival) or a slow drain (the rate after it).
            var first = lateness.Min();
            var last = lateness.Max();
            Console.WriteLine(FormattableString.Invariant($"  first arrival {first:F2} s after its due time, last {last:F2} s; {(lateness.Count - 1) / Math.Max(last - first, 0.001):F0} a second between them"));
        }
        return new LatenessResult(planned, lateness.Count, Percentiles.Summarise(lateness), lateness);
    }

    /// <summary>Waits until the notices from the setup have gone out, so the reminders are measured on their own.</summary>
    private static async Task WaitForQuietAsync(SmtpSink smtp)
    {
        var started = Stopwatch.GetTimestamp();
        var last = -1;
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromMinutes(20))
        {
            var count = smtp.Count();
            if (count == last)
                return;
            last = count;
            await Task.Delay(TimeSpan.FromSeconds(10));
        }
    }
}

public sealed record LatenessResult(int Planned, int Delivered, Summary Seconds, IReadOnlyList<double> Samples);
