using Microsoft.EntityFrameworkCore;

namespace Oms.Persistence;

public sealed class PostgresOmsDbContext(DbContextOptions<PostgresOmsDbContext> options) : OmsDbContext(options);
