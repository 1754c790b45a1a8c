using Hangfire;
using Hangfire.Storage;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// Tells a job running on a live node from one that died with its node. Hangfire hands a dead node's fetched job to
/// another node only when the job's invisibility timeout ends (<see cref="JobsOptions.InvisibilityTimeout"/>, five
/// minutes by default), and until then the job looks alive: Processing. The reconcile job plans such a job's row again
/// rather than wait; if the old job does run later, the row's claim keeps it from doing the work twice.
/// </summary>
internal sealed class LiveServers(IStorageConnection connection, JobStorage storage)
{
    /// <summary>Hangfire servers beat every 30 seconds; four missed beats is a dead server, not a busy one.</summary>
    public static readonly TimeSpan DeadAfter = TimeSpan.FromMinutes(2);

    private HashSet<string>? _alive;

    public bool IsProcessingOnADeadServer(string jobId)
    {
        // A job whose state names no server (an older Hangfire, a state written by hand) is taken to be alive.
        if (connection.GetStateData(jobId)?.Data is not { } data || !data.TryGetValue("ServerId", out var serverId))
            return false;
        // Heartbeats are stamped with Hangfire's own clock, the machine's, not the app's TimeProvider.
        _alive ??= storage.GetMonitoringApi().Servers()
            .Where(s => s.Heartbeat is { } beat && DateTime.UtcNow - beat < DeadAfter)
            .Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        return !_alive.Contains(serverId);
    }
}
