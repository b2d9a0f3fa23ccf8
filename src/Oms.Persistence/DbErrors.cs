using Microsoft.Data.Sqlite;
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
    /// What was wrong when the database refused a value a request carried: <c>too-long</c>, <c>out-of-range</c>,
    /// <c>unstorable-text</c> (NUL, or not Unicode), <c>check</c> (a constraint) or <c>unknown-reference</c> (a foreign
    /// key); null for any other error. Only a client's value can cause these, so they mean a validator is missing.
    /// </summary>
    public static string? RefusedValue(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is System.Text.EncoderFallbackException) return "unstorable-text";
        return DatabaseError(ex) switch
        {
            PostgresException pg => pg.SqlState switch
            {
                PostgresErrorCodes.StringDataRightTruncation => "too-long",
                PostgresErrorCodes.NumericValueOutOfRange => "out-of-range",
                PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter => "unstorable-text",
                PostgresErrorCodes.CheckViolation => "check",
                PostgresErrorCodes.ForeignKeyViolation => "unknown-reference",
                _ => null,
            },
            // SQLITE_CONSTRAINT_CHECK and SQLITE_CONSTRAINT_FOREIGNKEY; SQLite stores any length and any text.
            SqliteException { SqliteErrorCode: 19 } sq => sq.SqliteExtendedErrorCode switch
            {
                275 => "check",
                787 => "unknown-reference",
                _ => null,
            },
            _ => null,
        };
    }

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
