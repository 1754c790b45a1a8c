using System.Diagnostics;

namespace PcnFlow.Load;

/// <summary>
/// The private PostgreSQL cluster of scripts/postgres.sh, started on first use. PCNFLOW_PG_STATE names its state file
/// (default /tmp/pg-load-bench.state, so it is not another run's cluster); one already running there is used and
/// left running, one started here is stopped and deleted at the end.
/// </summary>
public sealed class PostgresCluster(string repo) : IAsyncDisposable
{
    private readonly string _state = Environment.GetEnvironmentVariable("PCNFLOW_PG_STATE") is { Length: > 0 } s ? s : "/tmp/pg-load-bench.state";
    private string? _url;
    private bool _startedHere;

    public async Task<string> UrlAsync()
    {
        if (_url != null)
            return _url;
        var (running, url) = await ScriptAsync("url");
        if (running != 0)
        {
            (running, url) = await ScriptAsync("start");
            if (running != 0)
                throw new InvalidOperationException($"scripts/postgres.sh start failed: {url}");
            _startedHere = true;
        }
        _url = url.Trim().Split('\n')[^1];
        return _url;
    }

    private async Task<(int Exit, string Output)> ScriptAsync(string command)
    {
        var info = new ProcessStartInfo(Path.Combine(repo, "scripts", "postgres.sh"), command) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["PCNFLOW_PG_STATE"] = _state;
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, process.ExitCode == 0 ? output : error);
    }

    public async ValueTask DisposeAsync()
    {
        if (_startedHere)
            await ScriptAsync("stop");
    }
}
