using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Oms.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add</c>; see docs/adr/0003-migrations-per-provider.md.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOmsDbContext>
{
    public SqliteOmsDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<SqliteOmsDbContext>();
        PersistenceSetup.ConfigureSqlite(o, "Data Source=design.db");
        return new SqliteOmsDbContext(o.Options);
    }
}
