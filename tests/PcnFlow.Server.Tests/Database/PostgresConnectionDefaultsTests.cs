using Microsoft.Extensions.Configuration;
using Npgsql;
using PcnFlow.Server.Database;

namespace PcnFlow.Server.Tests.Database;

/// <summary>
/// The PostgreSQL connection string is given the pool settings the server relies on under load (no DISCARD ALL on
/// every reuse, statements prepared once); an operator's explicit choice wins.
/// </summary>
public sealed class PostgresConnectionDefaultsTests
{
    private const string Configured = "Host=db.example;Database=pcnflow;Username=app;Password=secret";

    [Fact]
    public void A_plain_connection_string_gets_no_reset_on_close_and_auto_prepare()
    {
        var built = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString(Configuration(Configured)));

        built.NoResetOnClose.ShouldBeTrue();
        built.MaxAutoPrepare.ShouldBe(64);
        built.Host.ShouldBe("db.example");
        built.Password.ShouldBe("secret");
    }

    [Fact]
    public void An_operators_explicit_settings_are_kept()
    {
        var built = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString(
            Configuration(Configured + ";No Reset On Close=false;Max Auto Prepare=0")));

        built.NoResetOnClose.ShouldBeFalse();
        built.MaxAutoPrepare.ShouldBe(0);
    }

    private static IConfiguration Configuration(string connection) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:PcnFlow"] = connection }).Build();
}
