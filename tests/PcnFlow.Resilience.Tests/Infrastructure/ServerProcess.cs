using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>
/// The real server as an OS process: <c>dotnet PcnFlow.Server.dll</c> from this test assembly's build configuration,
/// configured by environment variables, in Development so the demo seeder creates an ICS, PCNs and people on a
/// fresh database. <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string DemoPassword = "Resilience-Demo-Password-42";

    private readonly Dictionary<string, string> _environment;
    private readonly string _logFile;
    private Process? _process;
    private int _starts;

    public ServerProcess(string name, string logFolder, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        Port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{Port}");
        _logFile = Path.Combine(logFolder, $"{name}.log");
        _environment = new Dictionary<string, string>(environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = BaseUrl.ToString().TrimEnd('/'),
            ["DOTNET_NOLOGO"] = "1",
            ["PCNFLOW_DEMO_PASSWORD"] = DemoPassword,
            ["Auth__LoginPermitLimit"] = "100000",
            ["Notifications__PublicBaseUrl"] = BaseUrl.ToString().TrimEnd('/'),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Error",
            // Each drain's "sent N" line: how the cluster tests count messages by node.
            ["Logging__LogLevel__PcnFlow.Server.Jobs.OutboxDrainJob"] = "Information",
        };
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseUrl { get; }

    public int? ProcessId => _process?.Id;

    public bool IsRunning => _process is { HasExited: false };

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The server build of the same configuration (Debug or Release) as this test assembly.</summary>
    public static string ServerDll { get; } = Path.Combine(RepositoryRoot, "src", "PcnFlow.Server", "bin", Configuration, "net10.0", "PcnFlow.Server.dll");

    private static string Configuration =>
        typeof(ServerProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Starts the process and waits (bounded, by polling) until it answers HTTP; throws with its log if it does not.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (IsRunning)
            throw new InvalidOperationException($"{Name} is already running.");
        if (!File.Exists(ServerDll))
            throw new FileNotFoundException($"Build the server first: {ServerDll} is missing.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepositoryRoot, "src", "PcnFlow.Server"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerDll);
        foreach (var (key, value) in _environment)
            start.Environment[key] = value;
        _starts++;
        var log = new StreamWriter(_logFile, append: true) { AutoFlush = true };
        await log.WriteLineAsync($"--- start {_starts} at {DateTimeOffset.UtcNow:O}");
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilAnsweringAsync(timeout ?? TimeSpan.FromMinutes(3));
    }

    /// <summary>kill -9: the process dies wherever it is, mid-request or mid-job.</summary>
    public void Kill()
    {
        if (_process is not { } process)
            return;
        _process = null;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit();
        }
        process.Dispose();
    }

    public string Log()
    {
        if (!File.Exists(_logFile))
            return "";
        using var stream = new FileStream(_logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is not { HasExited: false })
                throw new InvalidOperationException($"{Name} exited before it answered.\n{Tail()}");
            try
            {
                // 401 is the answer wanted: listening, and the API guards itself (start-up work is done by then).
                using var response = await http.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                    return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Name} did not answer at {BaseUrl} within {timeout}.\n{Tail()}");
    }

    private string Tail()
    {
        var log = Log();
        return log.Length > 6000 ? log[^6000..] : log;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line == null)
            return;
        try
        {
            lock (log)
                log.WriteLine(line);
        }
        catch (ObjectDisposedException)
        {
            // The last lines of a killed process.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PcnFlow.sln")))
                return directory.FullName;
        }
        throw new DirectoryNotFoundException("PcnFlow.sln was not found above " + AppContext.BaseDirectory);
    }
}
