using Microsoft.EntityFrameworkCore;

namespace PcnFlow.Persistence;

public sealed class PostgresPcnFlowDbContext(DbContextOptions<PostgresPcnFlowDbContext> options) : PcnFlowDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz accepts only UTC values from Npgsql; see UtcDateTimeOffsetConverter.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
