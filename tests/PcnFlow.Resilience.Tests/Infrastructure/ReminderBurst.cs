using System.Collections.Concurrent;
using PcnFlow.Resilience.Tests.Clock;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>
/// Puts <see cref="Reminders"/> reminders due at one instant, a little ahead in real time, through the HTTP API. Reminders
/// go out at 09:00 Europe/London, so the servers' clocks (<see cref="ShiftedTimeProvider"/>, shared by every node)
/// jump forward to just before a 09:00, and instances of <see cref="BurstDefinition"/> are started: each task is due
/// that day and reminded at 09:00. Hangfire schedules each reminder's job for the real moment the shifted clock
/// reaches 09:00, so they all fall due within the same second.
/// </summary>
public sealed class ReminderBurst(string clockFile, int reminders, int branches, bool signOffs)
{
    public const string DefinitionId = "resilience-burst";
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public int Reminders { get; } = reminders;

    public ConcurrentBag<string> Instances { get; } = [];

    /// <summary>The real time at which every reminder falls due.</summary>
    public DateTimeOffset DueAtReal { get; private set; }

    /// <summary>The offset the servers' clocks run at after the jump.</summary>
    public TimeSpan Offset { get; private set; }

    /// <summary>How long before the reminders are due the jump leaves for starting the instances; 15 s plus 150 ms a reminder unless set.</summary>
    public static TimeSpan Lead(int reminders) =>
        Settings.Seconds("PCNFLOW_RESILIENCE_LEAD_SECONDS") ?? TimeSpan.FromSeconds(15 + (0.15 * reminders));

    /// <summary>
    /// Publishes the burst's design and starts its instances through <paramref name="servers"/> in turn, as a load
    /// balancer would spread them: each node then plans (and, being woken at once, mostly runs) the jobs of the starts
    /// it served.
    /// </summary>
    public async Task ScheduleAsync(string pcnName, params Uri[] servers)
    {
        var server = servers[0];
        if (Reminders % branches != 0)
            throw new ArgumentException($"{Reminders} reminders do not divide into instances of {branches} tasks.");
        Guid pcn;
        using (var before = await PcnFlowApi.SignInAsync(server, "lead"))
        {
            await before.PublishAsync(DefinitionId, BurstDefinition.Json(DefinitionId, branches, signOffs));
            pcn = await before.PcnIdAsync(pcnName);
        }
        var leadTime = Lead(Reminders);
        var now = DateTimeOffset.UtcNow;
        var nineAm = NextNineAm(now + leadTime + TimeSpan.FromMinutes(1));
        Offset = nineAm - leadTime - now;
        ShiftedTimeProvider.Write(clockFile, Offset);
        DueAtReal = nineAm - Offset;
        // Each server reads the clock file again within 100 ms.
        await Task.Delay(500);
        // Signed in again: a token issued before the jump has expired on the servers' new clock.
        var leads = new List<PcnFlowApi>();
        try
        {
            foreach (var each in servers)
                leads.Add(await PcnFlowApi.SignInAsync(each, "lead"));
            var day0 = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(nineAm, London).DateTime);
            await Parallel.ForEachAsync(Enumerable.Range(0, Reminders / branches), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
                Instances.Add(await leads[i % leads.Count].StartAsync(DefinitionId, pcn, day0)));
        }
        finally
        {
            leads.ForEach(l => l.Dispose());
        }
        if (DateTimeOffset.UtcNow >= DueAtReal)
            throw new TimeoutException($"Starting the instances took past the reminders' due time; set PCNFLOW_RESILIENCE_LEAD_SECONDS above {Lead(Reminders).TotalSeconds:0}.");
    }

    /// <summary>The first 09:00 Europe/London after <paramref name="after"/>.</summary>
    private static DateTimeOffset NextNineAm(DateTimeOffset after)
    {
        var local = TimeZoneInfo.ConvertTime(after, London);
        for (var day = DateOnly.FromDateTime(local.DateTime); ; day = day.AddDays(1))
        {
            var nine = day.ToDateTime(new TimeOnly(9, 0));
            var candidate = new DateTimeOffset(nine, London.GetUtcOffset(nine));
            if (candidate > after)
                return candidate;
        }
    }
}
