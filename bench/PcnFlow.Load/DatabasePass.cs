using System.Diagnostics;
using Npgsql;

namespace PcnFlow.Load;

/// <summary>
/// One pass on one database: server up, England built, reminders timed, year one done, sizes read, server down, then the
/// raw limit and the HTTP ceiling measured.
/// </summary>
public static class DatabasePass
{
    /// <returns>The pass's figures; null with <c>--reminders-only</c>, which prints them instead.</returns>
    public static async Task<PassResult?> RunAsync(string kind, LoadOptions options, string repo, string serverDll, string work, Func<Task<string>> postgres)
    {
        var stamp = DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        DatabaseTarget target;
        Func<int, TimeSpan, Task<double>> raw;
        Func<int, TimeSpan, Task<HttpWriteResult>> http;
        var httpLog = Path.Combine(work, $"{kind}-bare-http.log");
        if (kind == "sqlite")
        {
            target = new SqliteTarget(Path.Combine(work, "pcnflow.db"));
            raw = (writers, duration) => RawWriteLimit.SqliteAsync(Path.Combine(work, "raw.db"), writers, duration);
            http = (clients, duration) => HttpWriteLimit.MeasureAsync(kind, Path.Combine(work, "raw-http.db"), clients, duration, httpLog);
        }
        else
        {
            var cluster = await postgres();
            target = new PostgresTarget(WithDatabase(cluster, $"pcnflow_load_{stamp}"));
            raw = async (writers, duration) =>
            {
                await CreateDatabaseAsync(cluster, $"pcnflow_raw_{stamp}");
                return await RawWriteLimit.PostgresAsync(WithDatabase(cluster, $"pcnflow_raw_{stamp}"), writers, duration);
            };
            http = async (clients, duration) =>
            {
                await CreateDatabaseAsync(cluster, $"pcnflow_rawhttp_{stamp}");
                return await HttpWriteLimit.MeasureAsync(kind, WithDatabase(cluster, $"pcnflow_rawhttp_{stamp}"), clients, duration, httpLog);
            };
        }
        Console.WriteLine($"== {target.Name}: {options.Icss} ICSs, {options.Pcns} PCNs, {options.Clients} clients");

        await using var smtp = await SmtpSink.StartAsync(repo, Path.Combine(work, $"{kind}-mail.jsonl"));
        var settings = new Dictionary<string, string>(target.ServerSettings)
        {
            ["Notifications__SmtpHost"] = "127.0.0.1",
            ["Notifications__SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications__SmtpStartTls"] = "false",
        };
        foreach (var (key, value) in options.ServerSettings)
            settings[key] = value;
        PassResult result;
        await using (var server = await ServerProcess.StartAsync(serverDll, settings, Path.Combine(work, $"{kind}-server.log")))
        {
            await DirectWrites.CreateAdminAsync(target, EnglandSetup.AdminEmail, England.Password);
            var setupLatency = new LatencyRecorder();
            var activityLatency = new LatencyRecorder();
            using var setupApi = new Api(server.Address, options.Clients, setupLatency);
            using var api = new Api(server.Address, options.Clients, activityLatency);

            var day0 = Day0();
            var (england, setupTime, instances) = await EnglandSetup.RunAsync(setupApi, options, day0);
            Console.WriteLine($"  setup: {instances} instances in {setupTime.TotalSeconds:F1} s (day 0 {day0:yyyy-MM-dd})");

            var lateness = await ReminderLateness.RunAsync(target, smtp, options.Reminders);
            Console.WriteLine($"  reminders: {lateness.Delivered}/{lateness.Planned} delivered, lateness p50 {lateness.Seconds.P50:F1} s, p99 {lateness.Seconds.P99:F1} s");
            if (options.RemindersOnly)
            {
                Console.WriteLine($"  reminders-only: server peak memory {server.PeakMemoryBytes() / 1048576} MB, database {await target.SizeBytesAsync() / 1048576} MB, e-mails received {smtp.Count()}, load average {LoadAverage()}");
                return null;
            }

            var serverCpu = server.CpuTime();
            var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var activity = await new Activity(api, england, options).RunAsync();
            activity = activity with { ServerCpu = server.CpuTime() - serverCpu, ClientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpu };
            Console.WriteLine($"  activity: {activity.Completions} completions in {activity.Elapsed.TotalSeconds:F1} s = {activity.PerSecond:F1}/s");

            result = new PassResult(target.Name, options.Icss, options.Pcns, instances, setupTime, activity, activityLatency.Summaries(), activityLatency.Failures(),
                lateness, await target.SizeBytesAsync(), server.PeakMemoryBytes(), 0, smtp.Count(), LoadAverage(), setupLatency.Summaries());
        }
        var rawRate = await raw(options.Clients, TimeSpan.FromSeconds(options.RawSeconds));
        Console.WriteLine($"  raw insert+update limit: {rawRate:F0}/s; PcnFlow at {result.Activity.PerSecond / rawRate:F3} of it");
        var bare = await http(options.Clients, TimeSpan.FromSeconds(options.RawSeconds));
        Console.WriteLine($"  the same write through bare HTTP: {bare.PerSecond:F0}/s ({bare.PerSecond / rawRate:F3} of the raw limit), p99 {bare.P99Milliseconds:F1} ms, " +
            $"{bare.ServerCpuMsPerWrite:F2} ms server CPU a write; PcnFlow at {result.Activity.PerSecond / bare.PerSecond:F3} of it");
        return result with { RawWritesPerSecond = rawRate, BareHttp = bare };
    }

    /// <summary>
    /// Day 0 is 270 days ago, so the year's reviews (the last opens on day 260) have all come round on the real
    /// clock: the server needs no test clock, and nothing waits on a timer. Tasks themselves never wait for their
    /// due date; a task can be completed as soon as it opens.
    /// </summary>
    public static DateOnly Day0() => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-270);

    /// <summary>The machine's 1, 5 and 15-minute load averages: on a shared machine, how much else wanted the cores.</summary>
    private static string LoadAverage() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string WithDatabase(string connection, string database) =>
        new NpgsqlConnectionStringBuilder(connection) { Database = database }.ToString();

    private static async Task CreateDatabaseAsync(string cluster, string database)
    {
        await using var db = new NpgsqlConnection(cluster);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", db);
        await command.ExecuteNonQueryAsync();
    }
}
