using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Postgres;

/// <summary>
/// A fact that needs a real PostgreSQL server: it runs when PCNFLOW_TEST_POSTGRES holds a server connection
/// string (test.sh starts one with scripts/postgres.sh) and is reported as skipped otherwise. Classes using it are named
/// Postgres*: test.sh leaves them out of its SQLite pass by that name and runs them in its PostgreSQL pass.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PcnFlowAppFactory.PostgresServer == null)
            Skip = "Needs PostgreSQL: set PCNFLOW_TEST_POSTGRES to a server connection string (see scripts/postgres.sh).";
    }
}
