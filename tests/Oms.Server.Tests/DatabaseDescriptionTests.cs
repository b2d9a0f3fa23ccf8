using Oms.Persistence;
using Oms.Server.Web;

namespace Oms.Server.Tests;

/// <summary>The start's "Database:" line says which database and where, and never the password.</summary>
public sealed class DatabaseDescriptionTests
{
    [Fact]
    public void PostgreSQL_is_described_by_host_database_and_user_without_the_password()
    {
        var described = DatabaseStartup.Describe(new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = "Host=db.internal;Port=5433;Database=oms;Username=oms;Password=s3cret-pw",
        });

        Assert.Equal("PostgreSQL database oms on db.internal:5433 as oms", described);
        Assert.DoesNotContain("s3cret", described, StringComparison.Ordinal);
    }

    [Fact]
    public void SQLite_is_described_by_the_files_full_path()
    {
        var described = DatabaseStartup.Describe(new DatabaseOptions { ConnectionString = "Data Source=oms.db;Password=x" });

        Assert.Equal($"SQLite file {Path.GetFullPath("oms.db")}", described);
    }
}
