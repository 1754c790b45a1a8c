namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>
/// A fact that needs a real PostgreSQL server (PCNFLOW_TEST_POSTGRES, see scripts/postgres.sh); skipped otherwise.
/// Classes using it are named Postgres*, so test.sh runs them only in its PostgreSQL pass.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Cluster.PostgresServer == null)
            Skip = "Needs PostgreSQL: set PCNFLOW_TEST_POSTGRES to a server connection string (see scripts/postgres.sh).";
    }
}
