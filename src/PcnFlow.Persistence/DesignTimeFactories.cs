using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PcnFlow.Persistence;

// Used only by `dotnet ef migrations add`; the running server configures the contexts itself.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePcnFlowDbContext>
{
    public SqlitePcnFlowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePcnFlowDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPcnFlowDbContext>
{
    public PostgresPcnFlowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPcnFlowDbContext>().UseNpgsql("Host=localhost;Database=pcnflow_design").Options);
}
