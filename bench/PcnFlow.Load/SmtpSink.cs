using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PcnFlow.Load;

/// <summary>
/// The project's real SMTP server (tests/smtp-server/server.js): every message it receives is one JSON line, with
/// its X-PcnFlow-Key header and the time it arrived. It runs headers-only: it takes each message over the wire in
/// full but does not parse bodies.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;

    private SmtpSink(Process process, int port, string file)
    {
        _process = process;
        Port = port;
        File = file;
    }

    public int Port { get; }

    public string File { get; }

    public static async Task<SmtpSink> StartAsync(string repo, string file)
    {
        var directory = Path.Combine(repo, "tests", "smtp-server");
        if (!Directory.Exists(Path.Combine(directory, "node_modules")))
            throw new InvalidOperationException($"Run `npm ci` in {directory} first.");
        var info = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true };
        // Envelope and key headers only: parsing every body would make the SMTP server what the reminders measure.
        info.Environment["SMTP_HEADERS_ONLY"] = "1";
        info.ArgumentList.Add("server.js");
        info.ArgumentList.Add("0");
        info.ArgumentList.Add(file);
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start node.");
        var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The SMTP server printed no port.");
        return new SmtpSink(process, int.Parse(line, System.Globalization.CultureInfo.InvariantCulture), file);
    }

    /// <summary>Every message received so far: its key header and arrival time.</summary>
    public IReadOnlyList<(string? Key, DateTimeOffset ReceivedAt)> Messages()
    {
        if (!System.IO.File.Exists(File))
            return [];
        var messages = new List<(string?, DateTimeOffset)>();
        using var stream = new FileStream(File, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            // The server writes whole lines; a half-written last line is read next time.
            if (!line.EndsWith('}'))
                break;
            var record = JsonNode.Parse(line)!;
            messages.Add((record["headers"]?["x-pcnflow-key"]?.GetValue<string>(), DateTimeOffset.Parse(record["receivedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return messages;
    }

    public int Count()
    {
        if (!System.IO.File.Exists(File))
            return 0;
        using var stream = new FileStream(File, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() != null)
            count++;
        return count;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
