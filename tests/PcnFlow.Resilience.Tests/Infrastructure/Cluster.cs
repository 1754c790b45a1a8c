using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using PcnFlow.Resilience.Tests.Clock;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>
/// Two server processes, node-a and node-b, on one new PostgreSQL database, both running Hangfire workers, with a
/// real SMTP server, one shared clock file and one shared data-protection key folder (each node has its own HOME,
/// as on separate machines). node-a starts first and migrates; node-b joins the migrated database.
/// </summary>
public sealed partial class Cluster : IAsyncDisposable
{
    private readonly string _database = "pcnflow_resilience_" + Guid.NewGuid().ToString("N")[..12];

    private Cluster(string server, TimeSpan smtpDelay)
    {
        Folder = Directory.CreateTempSubdirectory("pcnflow-cluster-").FullName;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
        ClockFile = Path.Combine(Folder, "clock");
        Smtp = new SmtpServer(Folder, smtpDelay);
        Database = DatabaseProbe.Postgres(ConnectionString);
    }

    public static string? PostgresServer => Environment.GetEnvironmentVariable("PCNFLOW_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public string Folder { get; }
    public string ConnectionString { get; }
    public string ClockFile { get; }
    public SmtpServer Smtp { get; }
    public DatabaseProbe Database { get; }
    public ServerProcess NodeA { get; private set; } = null!;
    public ServerProcess NodeB { get; private set; } = null!;

    /// <param name="sharedKeys">Whether the nodes share one data-protection key folder.</param>
    /// <param name="smtpDelay">How long the SMTP server holds each message before accepting it; none by default.</param>
    public static async Task<Cluster> StartAsync(bool sharedKeys = true, TimeSpan smtpDelay = default)
    {
        var cluster = new Cluster(PostgresServer ?? throw new InvalidOperationException("PCNFLOW_TEST_POSTGRES is not set."), smtpDelay);
        await cluster.Smtp.StartAsync();
        cluster.NodeA = cluster.Node("node-a", sharedKeys);
        cluster.NodeB = cluster.Node("node-b", sharedKeys);
        await cluster.NodeA.StartAsync();
        await cluster.NodeB.StartAsync();
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        await NodeA.DisposeAsync();
        await NodeB.DisposeAsync();
        await Smtp.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }
        try
        {
            // PCNFLOW_KEEP_CLUSTER keeps the node logs (each drain logs what it sent) and the SMTP log for a look afterwards.
            if (Environment.GetEnvironmentVariable("PCNFLOW_KEEP_CLUSTER") == null)
                Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temporary folders.
        }
    }

    /// <summary>
    /// Messages each node sent: its one-message delivery jobs that succeeded (Hangfire's Processing state names the
    /// server that ran each) plus what its drains logged as sent. A drain killed mid-run logs nothing, so a killed
    /// node's figure is a floor.
    /// </summary>
    public async Task<(long NodeA, long NodeB)> DeliveriesByNodeAsync()
    {
        const string sql = """
            SELECT COUNT(*) FILTER (WHERE s.data::text ~* '"ServerId":\s*"node-a'), COUNT(*) FILTER (WHERE s.data::text ~* '"ServerId":\s*"node-b')
            FROM hangfire.job j JOIN hangfire.state s ON s.jobid = j.id
            WHERE j.statename = 'Succeeded' AND j.invocationdata::text LIKE '%DeliverNotificationJob%' AND s.name = 'Processing'
              AND s.id = (SELECT MAX(p.id) FROM hangfire.state p WHERE p.jobid = j.id AND p.name = 'Processing')
            """;
        var row = (await Database.RowsAsync(sql))[0];
        return (Convert.ToInt64(row[0], CultureInfo.InvariantCulture) + DrainedBy(NodeA), Convert.ToInt64(row[1], CultureInfo.InvariantCulture) + DrainedBy(NodeB));
    }

    /// <summary>
    /// The node whose worker is running a drain for an instant right now (Hangfire's Processing state names the
    /// server), if any: the node to kill for a test of a node dying with work in hand.
    /// </summary>
    public async Task<ServerProcess?> NodeRunningADrainAsync()
    {
        const string sql = """
            SELECT s.data::text FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
            WHERE j.statename = 'Processing' AND j.invocationdata::text LIKE '%OutboxDrainJob%' AND j.invocationdata::text LIKE '%"ExecuteAsync"%'
            """;
        foreach (var row in await Database.RowsAsync(sql))
        {
            var server = ServerOf().Match((string)row[0]!);
            if (server.Success)
                return server.Groups[1].Value == NodeA.Name ? NodeA : NodeB;
        }
        return null;
    }

    [GeneratedRegex("\"ServerId\":\\s*\"(node-[ab])")]
    private static partial Regex ServerOf();

    private static long DrainedBy(ServerProcess node) =>
        SentByDrain().Matches(node.Log()).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    // OutboxDrainJob's log line: "Drain for <instant>: started … ahead of it, sent N".
    [GeneratedRegex(@"Drain for \S+: [^\n]*?sent (\d+)")]
    private static partial Regex SentByDrain();

    /// <summary>Waits (bounded) until no outbox row is waiting or being sent, no due work of the burst is pending, and the SMTP log has caught up.</summary>
    public Task WaitForQuietAsync(TimeSpan timeout) => Quiet.WaitAsync(Database, Smtp, timeout);

    private ServerProcess Node(string name, bool sharedKeys)
    {
        var home = Directory.CreateDirectory(Path.Combine(Folder, name + "-home")).FullName;
        var environment = new Dictionary<string, string>(ClockHook.Environment(ClockFile))
        {
            ["HOME"] = home,
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__PcnFlow"] = ConnectionString,
            ["Notifications__SmtpHost"] = "127.0.0.1",
            ["Notifications__SmtpPort"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Notifications__SmtpStartTls"] = "false",
            // A dead node's claims and fetched jobs come back in well under a minute (production: 5 minutes each).
            ["Notifications__ClaimLease"] = "00:00:20",
            ["Jobs__InvisibilityTimeout"] = "00:00:30",
            ["Jobs__LockTimeout"] = "00:01:00",
            ["Jobs__ServerName"] = name,
        };
        if (sharedKeys)
            environment["DataProtection__KeysPath"] = Path.Combine(Folder, "keys");
        return new ServerProcess(name, Folder, environment);
    }
}
