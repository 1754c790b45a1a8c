namespace PcnFlow.Server.Database;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
