using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Oms.Persistence;

namespace Oms.Server.Web;

/// <summary>
/// Runs one command as one transaction: its reads, its conditional stock updates and its single save
/// commit together or not at all. When a unique index or the database says another request won a race,
/// the whole command runs again from a clean slate (it will then see the winner's rows).
/// SQLite runs one writer at a time anyway; commands on it queue on an async gate per database instead of
/// blocking pool threads in SQLite's busy-wait. Never run a command from inside another.
/// </summary>
public sealed partial class CommandRunner(OmsDbContext db, ILogger<CommandRunner> log)
{
    private const int Attempts = 4;
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteGates = new(StringComparer.Ordinal);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return await RunWithRetriesAsync(command, ct);
        var gate = SqliteGates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return await RunWithRetriesAsync(command, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<T> RunWithRetriesAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await command(ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (Exception ex) when (attempt < Attempts && (DbErrors.IsUniqueViolation(ex) || DbErrors.IsTransient(ex)))
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                LogRetry(log, ex, attempt);
                // A little jitter, so that the losers of one race do not meet again in the next.
                await Task.Delay(Random.Shared.Next(1, 20 * attempt), ct);
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Command lost a race (attempt {Attempt}); running it again")]
    private static partial void LogRetry(ILogger logger, Exception exception, int attempt);
}
