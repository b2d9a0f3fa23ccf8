using Npgsql;
using Oms.Persistence;

namespace Oms.Server.Tests;

public sealed class DbErrorsTests
{
    [Fact]
    public void A_deadlock_is_transient_however_EF_wraps_it()
    {
        var deadlock = new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected);

        Assert.True(DbErrors.IsTransient(deadlock));
        Assert.True(DbErrors.IsTransient(new InvalidOperationException("transient failure", deadlock)));
        Assert.True(DbErrors.IsTransient(new Microsoft.EntityFrameworkCore.DbUpdateException("save failed", deadlock)));
        Assert.False(DbErrors.IsUniqueViolation(deadlock));
    }

    [Fact]
    public void A_unique_violation_is_recognised_and_other_errors_are_not()
    {
        var unique = new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        Assert.True(DbErrors.IsUniqueViolation(new Microsoft.EntityFrameworkCore.DbUpdateException("save failed", unique)));
        Assert.False(DbErrors.IsTransient(unique));
        Assert.False(DbErrors.IsTransient(new InvalidOperationException("a bug")));
    }
}
