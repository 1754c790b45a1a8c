using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Postgres;

/// <summary>
/// A fact that needs a real PostgreSQL server: it runs when PCNFLOW_TEST_POSTGRES holds a server connection
/// string (test.sh starts one with scripts/postgres.sh) and is reported as skipped otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PcnFlowAppFactory.PostgresServer == null)
            Skip = "Needs PostgreSQL: set PCNFLOW_TEST_POSTGRES to a server connection string (see scripts/postgres.sh).";
    }
}
