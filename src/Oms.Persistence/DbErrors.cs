using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Oms.Persistence;

public static class DbErrors
{
    /// <summary>True when a unique index refused a row: someone else won a race, and the command should be retried.</summary>
    public static bool IsUniqueViolation(Exception ex) => DatabaseError(ex) switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sq => sq.SqliteErrorCode == 19 && sq.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };

    /// <summary>True when PostgreSQL aborted a transaction to break a deadlock or a serialization conflict.</summary>
    public static bool IsTransient(Exception ex) => DatabaseError(ex) switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure,
        SqliteException sq => sq.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED after the busy timeout
        _ => false,
    };

    /// <summary>
    /// The provider's own exception, however EF wrapped it (DbUpdateException for SaveChanges, InvalidOperationException
    /// from the execution strategy for ExecuteUpdate).
    /// </summary>
    private static Exception? DatabaseError(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is PostgresException or SqliteException) return ex;
        return null;
    }
}
