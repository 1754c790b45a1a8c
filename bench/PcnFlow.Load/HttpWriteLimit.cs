using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace PcnFlow.Load;

/// <summary>What the raw write reaches through HTTP alone: its rate and p99, and the bare server's CPU per write.</summary>
public sealed record HttpWriteResult(double PerSecond, double P99Milliseconds, double ServerCpuMsPerWrite);

/// <summary>
/// The HTTP ceiling, measured in the same run as the raw limit: the raw write behind a bare Kestrel endpoint
/// (<see cref="HttpWriteServer"/>) in its own process, driven by the same number of clients through the same kind of
/// connection pool as the activity. The raw limit has neither HTTP nor a second process on the two cores; this has
/// both and nothing of PcnFlow's, so PcnFlow's rate over it is what the product costs on top of serving HTTP.
/// </summary>
public static class HttpWriteLimit
{
    public static async Task<HttpWriteResult> MeasureAsync(string kind, string target, int clients, TimeSpan duration, string logPath)
    {
        var port = ServerProcess.FreePort();
        var dll = typeof(HttpWriteLimit).Assembly.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, HttpWriteServer.Flag, kind, target, port.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the bare HTTP server.");
        await using var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => ServerProcess.Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => ServerProcess.Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = new Uri($"http://127.0.0.1:{port}");
            await ServerProcess.WaitUntilAnswersAsync(process, address, "/ready", status => status == System.Net.HttpStatusCode.OK, TimeSpan.FromMinutes(1), "The bare HTTP server", logPath);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = address };
            // A short warm-up, so the JIT's first tiers are not timed, as the activity's own first seconds are sign-ins.
            await DriveAsync(http, clients, TimeSpan.FromSeconds(2), new LatencyRecorder());
            var cpu = ServerProcess.CpuTimeOf(process.Id);
            var latency = new LatencyRecorder();
            var (writes, elapsed) = await DriveAsync(http, clients, duration, latency);
            var serverCpu = ServerProcess.CpuTimeOf(process.Id) - cpu;
            if (latency.FailureCount > 0)
                throw new InvalidOperationException($"The bare HTTP server refused {latency.FailureCount} writes; see {logPath}.");
            return new HttpWriteResult(writes / elapsed.TotalSeconds, latency.Summaries()["POST /write"].P99, serverCpu.TotalMilliseconds / writes);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    private static async Task<(long Writes, TimeSpan Elapsed)> DriveAsync(HttpClient http, int clients, TimeSpan duration, LatencyRecorder latency)
    {
        long writes = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var n = 0; Stopwatch.GetElapsedTime(started) < duration; n++)
            {
                var at = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/write", new WriteRequest(client * 100_003 + n, "Load test answer"));
                await response.Content.ReadAsStringAsync();
                latency.Record("POST /write", Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                if (response.IsSuccessStatusCode)
                    Interlocked.Increment(ref writes);
                else
                    latency.Fail("POST /write", ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            }
        })));
        return (writes, Stopwatch.GetElapsedTime(started));
    }
}
