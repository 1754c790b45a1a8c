using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PcnFlow.Load;

/// <summary>
/// The real server, Release build, as a separate process: Production environment (so no demo data), its database
/// and SMTP server given through environment variables, its log kept in a file beside the results.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly PrivateMemoryPeak _memory;

    private ServerProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
        _memory = new PrivateMemoryPeak(process.Id);
    }

    public Uri Address { get; }

    public int Pid => _process.Id;

    public static async Task<ServerProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> settings, string logPath)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        foreach (var (key, value) in settings)
            info.Environment[key] = value;
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the server.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, log, new Uri($"http://127.0.0.1:{port}"));
        await server.WaitUntilListeningAsync(logPath);
        return server;
    }

    /// <summary>The process's peak private resident memory (RssAnon, sampled), in bytes.</summary>
    public long PeakMemoryBytes() => _memory.Bytes;

    /// <summary>CPU time the server process has used so far, every thread (user plus system, from /proc/PID/stat).</summary>
    public TimeSpan CpuTime() => CpuTimeOf(_process.Id);

    internal static TimeSpan CpuTimeOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        // Linux reports them in clock ticks of 1/100 s (USER_HZ) on every mainstream architecture.
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private Task WaitUntilListeningAsync(string logPath) =>
        WaitUntilAnswersAsync(_process, Address, "/api/auth/me", status => status == HttpStatusCode.Unauthorized, TimeSpan.FromMinutes(3), "The server", logPath);

    /// <summary>Polls <paramref name="path"/> until <paramref name="ready"/> accepts its status; fails if the process exits or takes longer than <paramref name="limit"/>.</summary>
    internal static async Task WaitUntilAnswersAsync(Process process, Uri address, string path, Func<HttpStatusCode, bool> ready, TimeSpan limit, string what, string logPath)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{what} exited with {process.ExitCode}; see {logPath}.");
            try
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                if (ready(response.StatusCode))
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{what} did not answer within {limit.TotalMinutes:0} min; see {logPath}.");
    }

    internal static void Write(StreamWriter log, string? line)
    {
        if (line == null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _memory.Dispose();
        if (!_process.HasExited)
        {
            // SIGTERM, so the server shuts down as it would under systemd; SIGKILL only if it does not.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        _process.Dispose();
        await _log.DisposeAsync();
    }
}
