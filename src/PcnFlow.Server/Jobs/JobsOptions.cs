namespace PcnFlow.Server.Jobs;

/// <summary>The <c>Jobs</c> configuration section.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <value>Run a Hangfire server in this process; default true. A web-only node can turn it off.</value>
    public bool RunServer { get; set; } = true;

    /// <value>Hangfire worker count; default 0, meaning Hangfire's own default (processors × 5, at most 20).</value>
    public int WorkerCount { get; set; }

    /// <value>How often the reconcile job compares the database with Hangfire; default every minute.</value>
    public string ReconcileCron { get; set; } = "* * * * *";
}
