using System.Diagnostics;
using System.Text.Json;

namespace PcnFlow.Server.Tests.Notifications;

/// <summary>
/// A real SMTP server in its own process: node tests/smtp-server/server.js, which appends every message it
/// accepts to a JSON-lines file. Installs its npm packages on first use, so <c>dotnet test</c> alone works.
/// <see cref="StopAsync"/> and <see cref="StartAsync"/> take it down and bring it back on the same port.
/// </summary>
public sealed class SmtpServerFixture : IAsyncLifetime, IDisposable
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"pcnflow-smtp-{Guid.NewGuid():N}.jsonl");
    private Process? _process;

    /// <summary>The port the server listens on, on 127.0.0.1; the same after a restart.</summary>
    public int Port { get; private set; }

    public static string Folder { get; } = FindFolder();

    /// <summary>Every message received so far, in arrival order.</summary>
    public IReadOnlyList<SmtpMessage> Messages
    {
        get
        {
            if (!File.Exists(_file))
                return [];
            using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            // A line still being written has no newline yet; it is read on the next call.
            var complete = text[..(text.LastIndexOf('\n') + 1)];
            return [.. complete.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonSerializer.Deserialize<SmtpMessage>(line, Json)!)];
        }
    }

    public async Task InitializeAsync() => await StartAsync();

    /// <summary>Starts the server: on a free port the first time, on the same port after <see cref="StopAsync"/>.</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
            return;
        await EnsureInstalledAsync();
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("server.js");
        start.ArgumentList.Add(Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(_file);
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        if (!int.TryParse(line, out var port))
            throw new InvalidOperationException($"The test SMTP server did not print its port (got '{line}').");
        Port = port;
    }

    /// <summary>Stops the server (mail sent now fails to connect); the received messages are kept.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
            return;
        _process = null;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    /// <summary>Waits in real time (bounded) until at least <paramref name="count"/> messages have arrived, and returns them all.</summary>
    public async Task<IReadOnlyList<SmtpMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var messages = Messages;
            if (messages.Count >= count)
                return messages;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Expected {count} messages, got {messages.Count}: {string.Join(" | ", messages.Select(m => m.Subject))}");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        File.Delete(_file);
    }

    public void Dispose() => DisposeAsync().GetAwaiter().GetResult();

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "smtp-server")) && Directory.Exists(Path.Combine(Folder, "node_modules", "mailparser")))
                return;
            var npm = new ProcessStartInfo("npm") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
                npm.ArgumentList.Add(argument);
            using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"npm ci failed in {Folder}: {await output}{await errors}");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "smtp-server");
            if (File.Exists(Path.Combine(candidate, "server.js")))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/smtp-server was not found above " + AppContext.BaseDirectory);
    }
}
