using Microsoft.EntityFrameworkCore;

namespace Oms.Persistence;

public sealed class SqliteOmsDbContext(DbContextOptions<SqliteOmsDbContext> options) : OmsDbContext(options);
