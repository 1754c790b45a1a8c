using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using PcnFlow.Resilience.Tests.Clock;
using PcnFlow.Resilience.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PcnFlow.Resilience.Tests;

/// <summary>
/// The embedded default (SQLite, Hangfire in memory) as a separate process, killed with SIGKILL at seeded random
/// moments while a client completes tasks and approves sign-offs and reminders fire, and restarted on the same
/// database file each time.
/// </summary>
public sealed class SqliteCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pcnflow-crash-").FullName;
    private SmtpServer _smtp = null!;
    private ServerProcess _server = null!;

    public async Task InitializeAsync()
    {
        _smtp = new SmtpServer(_folder);
        await _smtp.StartAsync();
        var environment = new Dictionary<string, string>(ClockHook.Environment(Path.Combine(_folder, "clock")))
        {
            ["Database__SqlitePath"] = Path.Combine(_folder, "pcnflow.db"),
            ["Notifications__SmtpHost"] = "127.0.0.1",
            ["Notifications__SmtpPort"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications__SmtpStartTls"] = "false",
        };
        _server = new ServerProcess("sqlite", _folder, environment);
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _smtp.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temporary folders.
        }
    }

    [Fact]
    public async Task Killed_at_random_points_it_loses_no_acknowledged_completion_completes_nothing_twice_and_sends_every_due_reminder_once()
    {
        var clock = Stopwatch.StartNew();
        var burst = new ReminderBurst(Path.Combine(_folder, "clock"), Settings.CrashTasks, branches: 20, signOffs: true);
        await burst.ScheduleAsync("Riverside PCN", _server.BaseUrl);
        var delay = burst.DueAtReal - DateTimeOffset.UtcNow;
        if (delay > TimeSpan.Zero)
            await Task.Delay(delay);

        var answers = new ConcurrentDictionary<Guid, ConcurrentBag<HttpStatusCode>>();
        var activities = new ConcurrentDictionary<Guid, (string Instance, string Activity)>();
        using var done = new CancellationTokenSource();
        var client = CompleteEverythingAsync(burst, answers, activities, done.Token);
        var random = new Random(Settings.Seed);
        var kills = 0;
        for (; kills < Settings.Kills; kills++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(200, 2500)));
            _server.Kill();
            await _server.StartAsync();
        }
        await client.WaitAsync(TimeSpan.FromMinutes(10));

        var database = DatabaseProbe.Sqlite(Path.Combine(_folder, "pcnflow.db"));
        await Quiet.WaitAsync(database, _smtp, TimeSpan.FromMinutes(3));
        var ledger = await DeliveryLedger.ReadAsync(database, _smtp);
        var acknowledged = answers.Where(a => a.Value.Contains(HttpStatusCode.OK)).Select(a => a.Key).ToList();
        output.WriteLine($"[figure] SQLite crash suite: {kills} kill -9s (seed {Settings.Seed}), {acknowledged.Count} completions and approvals acknowledged, " +
            $"{answers.Values.Sum(a => a.Count)} answers, in {clock.Elapsed.TotalSeconds:0} s; {ledger.Summary()}");

        // Every completion the API acknowledged is there after the restarts, and none was acknowledged twice.
        var closed = (await database.RowsAsync("""SELECT "Id", "State" FROM "Tasks" """))
            .ToDictionary(r => Guid.Parse((string)r[0]!), r => (string)r[1]!);
        acknowledged.Where(id => closed.GetValueOrDefault(id) != "Completed").ShouldBeEmpty("acknowledged with 200 but not completed after restart");
        answers.Where(a => a.Value.Count(s => s == HttpStatusCode.OK) > 1).Select(a => a.Key).ShouldBeEmpty("completed twice");
        acknowledged.Count.ShouldBeGreaterThan(0);

        await JournalShouldBeIntactAsync(database, burst, activities, acknowledged);

        // Every reminder that fell due went (or was cancelled because its task was completed first), each message once.
        var reminders = await database.RemindersAsync(ReminderBurst.DefinitionId);
        reminders.Count.ShouldBe(Settings.CrashTasks, "reminders created; none means the server's clock never moved (the clock hook did not load: see its log)");
        reminders.Where(r => r.Status == "Pending").ShouldBeEmpty();
        var sentKeys = ledger.SentKeys;
        reminders.Where(r => r.Status == "Done" && !sentKeys.Any(k => k.StartsWith(r.Key + ":", StringComparison.Ordinal))).Select(r => r.Key).ShouldBeEmpty("reminders done without a message sent");
        ledger.Lost.ShouldBeEmpty(ledger.Summary());
        ledger.Duplicates.ShouldBeEmpty(ledger.Summary());
        ledger.Unknown.ShouldBeEmpty(ledger.Summary());
    }

    /// <summary>One worker per instance: complete its open CD tasks and approve its sign-offs until none is open, through every crash.</summary>
    private async Task CompleteEverythingAsync(
        ReminderBurst burst, ConcurrentDictionary<Guid, ConcurrentBag<HttpStatusCode>> answers, ConcurrentDictionary<Guid, (string, string)> activities, CancellationToken ct)
    {
        await Parallel.ForEachAsync(burst.Instances, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (instance, token) =>
        {
            PcnFlowApi? cd = null, lead = null;
            try
            {
                while (!token.IsCancellationRequested)
                {
                    try
                    {
                        cd ??= await PcnFlowApi.SignInAsync(_server.BaseUrl, "cd1");
                        lead ??= await PcnFlowApi.SignInAsync(_server.BaseUrl, "lead");
                        var open = await lead.OpenTasksAsync(instance);
                        if (open.Count == 0)
                            return;
                        foreach (var (id, activity, kind) in open)
                        {
                            activities[id] = (instance, activity);
                            var status = kind == "SignOff" ? await lead.ApproveAsync(id, token) : await cd.CompleteAsync(id, token);
                            answers.GetOrAdd(id, _ => []).Add(status);
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException && !token.IsCancellationRequested)
                    {
                        // The server is down or died mid-request: that request is not acknowledged. Try again once it is back.
                        await Task.Delay(200, token);
                    }
                }
            }
            finally
            {
                cd?.Dispose();
                lead?.Dispose();
            }
        });
    }

    private static async Task JournalShouldBeIntactAsync(
        DatabaseProbe database, ReminderBurst burst, ConcurrentDictionary<Guid, (string Instance, string Activity)> activities, List<Guid> acknowledged)
    {
        var lines = (await database.RowsAsync("""SELECT "InstanceId", "Sequence", "Kind", "ActivityId", "Id" FROM "Journal" ORDER BY "Id" """))
            .Select(r => (Instance: (string)r[0]!, Sequence: Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture), Kind: (string)r[2]!, Activity: (string?)r[3]))
            .Where(l => burst.Instances.Contains(l.Instance)).ToList();
        foreach (var instance in lines.GroupBy(l => l.Instance))
        {
            // Written in order, numbered 1..n with no gap or repeat.
            instance.Select(l => l.Sequence).ShouldBe(Enumerable.Range(1, instance.Count()).Select(i => (long)i), $"journal of {instance.Key}");
        }
        var resumed = lines.Where(l => l.Kind == "BookmarkResumed").GroupBy(l => (l.Instance, l.Activity)).ToDictionary(g => g.Key, g => g.Count());
        resumed.Where(r => r.Value > 1).Select(r => r.Key).ShouldBeEmpty("an activity resumed twice");
        acknowledged.Where(id => !resumed.ContainsKey(activities[id])).ShouldBeEmpty("acknowledged without its journal line");
    }
}
