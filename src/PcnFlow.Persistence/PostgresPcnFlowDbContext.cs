using Microsoft.EntityFrameworkCore;

namespace PcnFlow.Persistence;

public sealed class PostgresPcnFlowDbContext(DbContextOptions<PostgresPcnFlowDbContext> options) : PcnFlowDbContext(options);
