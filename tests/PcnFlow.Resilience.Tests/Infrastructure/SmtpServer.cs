using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>
/// The real SMTP server (node tests/smtp-server/server.js), which appends one JSON line per accepted message; the
/// log is what "delivered" means in these tests. Installs its npm packages on first use.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _file;
    private Process? _process;

    private readonly TimeSpan _delay;

    /// <param name="folder">Where the log of received messages is written.</param>
    /// <param name="delay">How long each message is held before it is recorded and acknowledged (a slow relay); none by default.</param>
    public SmtpServer(string folder, TimeSpan delay = default)
    {
        _file = Path.Combine(folder, "smtp.jsonl");
        _delay = delay;
    }

    public int Port { get; private set; }

    private static string Folder => Path.Combine(ServerProcess.RepositoryRoot, "tests", "smtp-server");

    /// <summary>The messages received so far; a line still being written is left for the next read.</summary>
    public IReadOnlyList<ReceivedMail> Messages()
    {
        if (!File.Exists(_file))
            return [];
        using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var text = new StreamReader(stream).ReadToEnd();
        var complete = text[..(text.LastIndexOf('\n') + 1)];
        return [.. complete.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonSerializer.Deserialize<ReceivedMail>(line, Json)!)];
    }

    public async Task StartAsync()
    {
        await EnsureInstalledAsync();
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("server.js");
        start.ArgumentList.Add("0");
        start.ArgumentList.Add(_file);
        start.Environment["SMTP_DELAY_MS"] = ((int)_delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        Port = int.TryParse(line, CultureInfo.InvariantCulture, out var port) ? port : throw new InvalidOperationException($"The SMTP server printed '{line}', not its port.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        _process?.Dispose();
    }

    private static async Task EnsureInstalledAsync()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "smtp-server")) && Directory.Exists(Path.Combine(Folder, "node_modules", "mailparser")))
            return;
        var npm = new ProcessStartInfo("npm") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            npm.ArgumentList.Add(argument);
        using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"npm ci failed in {Folder}: {await output}{await errors}");
    }
}
