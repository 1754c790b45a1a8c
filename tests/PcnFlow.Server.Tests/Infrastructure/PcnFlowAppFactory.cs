using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace PcnFlow.Server.Tests.Infrastructure;

/// <summary>
/// The real app on a fresh database per factory: a SQLite file in a temporary folder, or, when
/// PCNFLOW_TEST_POSTGRES holds a server connection string, a new PostgreSQL database on that server.
/// Time is a <see cref="FakeTimeProvider"/> the test moves forward.
/// </summary>
public class PcnFlowAppFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings = [];
    private bool _ownsData = true;
    private LogCapture? _logs;

    public PcnFlowAppFactory()
    {
        Folder = Directory.CreateTempSubdirectory("pcnflow-test-").FullName;
        Time = new FakeTimeProvider(DefaultStart);
        _settings["Database:SqlitePath"] = Path.Combine(Folder, "pcnflow.db");
        _settings["Notifications:PickupDirectory"] = Path.Combine(Folder, "mail");
        _settings["Notifications:PublicBaseUrl"] = "http://pcnflow.test";
        if (PostgresServer is { } server)
        {
            var database = "pcnflow_test_" + Guid.NewGuid().ToString("N")[..12];
            _settings["Database:Provider"] = "PostgreSql";
            _settings["ConnectionStrings:PcnFlow"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        }
    }

    /// <summary>
    /// A new app on the data of <paramref name="previous"/>: the same folder, SQLite file or PostgreSQL database, and
    /// settings, with its own Hangfire storage and a clock that starts where the previous one stopped. Use it to
    /// restart the host: dispose <paramref name="previous"/> (which then leaves the data alone), then start this one.
    /// </summary>
    public PcnFlowAppFactory(PcnFlowAppFactory previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        previous._ownsData = false;
        Folder = previous.Folder;
        Time = new FakeTimeProvider(previous.Time.GetUtcNow());
        foreach (var (key, value) in previous._settings)
            _settings[key] = value;
    }

    /// <summary>A PostgreSQL server connection string, when the suite runs against PostgreSQL.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("PCNFLOW_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public string Folder { get; }

    public FakeTimeProvider Time { get; }

    public string MailFolder => Path.Combine(Folder, "mail");

    /// <summary>Sets configuration before the app starts (e.g. an SMTP host).</summary>
    public PcnFlowAppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Hands every log entry of the app, at every level whatever its filters, to <paramref name="logs"/>.</summary>
    public PcnFlowAppFactory CaptureLogs(LogCapture logs)
    {
        _logs = logs;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (_logs is { } logs)
            builder.ConfigureLogging(l => l.AddProvider(logs).AddFilter<LogCapture>(null, LogLevel.Trace));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownsData)
            return;
        if (_settings.GetValueOrDefault("ConnectionStrings:PcnFlow") is { } connection && PostgresServer is { } server)
            DropDatabase(server, new NpgsqlConnectionStringBuilder(connection).Database!);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly on some systems; the OS cleans temp folders.
        }
    }

    private static void DropDatabase(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
