namespace PcnFlow.Server.Database;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <value><c>Sqlite</c> (default) or <c>PostgreSql</c>.</value>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <value>Apply migrations at start-up; default true. Turn off in production and migrate deliberately.</value>
    public bool MigrateOnStartup { get; set; } = true;

    /// <value>The SQLite file, relative to the content root; default <c>data/pcnflow.db</c>.</value>
    public string SqlitePath { get; set; } = "data/pcnflow.db";
}
