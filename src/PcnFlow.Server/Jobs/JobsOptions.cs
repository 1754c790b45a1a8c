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

    /// <value>
    /// How long one reconcile run may spend checking rows that already have a job; default 40 seconds. Rows with no
    /// job yet are always planned first, whatever the budget, and the next run checks on from where this one stopped.
    /// Under a backlog of thousands of due jobs one unbounded run on PostgreSQL took 11 minutes, and as it held the
    /// reconcile lock no later run planned the reminders that came within the horizon meanwhile.
    /// </value>
    public TimeSpan ReconcileBudget { get; set; } = TimeSpan.FromSeconds(40);

    /// <value>
    /// How far ahead Hangfire is given work; default 15 minutes. A row due later waits in the database alone, and the
    /// reconcile job plans it once it comes within this window. So Hangfire holds the next quarter of an hour, not a
    /// year of England's reminders, and each reconcile run looks at that window rather than every pending row. Keep it
    /// well above the reconcile interval.
    /// </value>
    public TimeSpan PlanningHorizon { get; set; } = TimeSpan.FromMinutes(15);

    /// <value>
    /// This node's name in Hangfire (its dashboard and job history show which node ran what); default Hangfire's,
    /// the machine name. Give each node of a cluster its own.
    /// </value>
    public string? ServerName { get; set; }

    /// <value>
    /// PostgreSQL only: how long a job fetched by a node that then dies stays invisible before another node takes it
    /// again; default 5 minutes. A running job keeps extending its own (sliding invisibility), so this is only how
    /// quickly a dead node's jobs come back, never a limit on how long a job may run.
    /// </value>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <value>
    /// PostgreSQL only: when a lock (the reconcile job's, the digest's) held by a node that died is taken to be free;
    /// default 10 minutes. Keep it longer than those jobs take.
    /// </value>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
