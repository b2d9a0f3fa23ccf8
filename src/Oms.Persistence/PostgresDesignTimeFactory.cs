using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Oms.Persistence;

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOmsDbContext>
{
    public PostgresOmsDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<PostgresOmsDbContext>();
        PersistenceSetup.ConfigurePostgres(o, "Host=127.0.0.1;Database=oms_design;Username=postgres");
        return new PostgresOmsDbContext(o.Options);
    }
}
