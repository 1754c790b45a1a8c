namespace PcnFlow.Server.Jobs;

/// <summary>
/// Where this process's last reconcile run stopped checking jobs, so that a run cut short by its time budget
/// (<see cref="JobsOptions.ReconcileBudget"/>) is continued by the next rather than repeated from the start. Per
/// process: another node keeps its own place, and two runs checking the same rows change nothing.
/// </summary>
internal sealed class ReconcileProgress
{
    public long AfterWorkId { get; set; }

    public long AfterMessageId { get; set; }

    /// <summary>The rows after <paramref name="afterId"/> by id, then those before it: one full turn from where the last run stopped.</summary>
    public static IEnumerable<T> FromWhereItStopped<T>(IEnumerable<T> rows, Func<T, long> id, long afterId)
    {
        var ordered = rows.OrderBy(id).ToList();
        return ordered.Where(r => id(r) > afterId).Concat(ordered.Where(r => id(r) <= afterId));
    }
}
