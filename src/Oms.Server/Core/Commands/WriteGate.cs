using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Oms.Persistence;

namespace Oms.Server.Core.Commands;

/// <summary>
/// SQLite runs one writer at a time anyway: writers of this process queue here, asynchronously, instead of blocking pool
/// threads in SQLite's busy-wait. On PostgreSQL the gate is open (row locks and retries do the work).
/// </summary>
public sealed class WriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public async Task<IDisposable?> EnterAsync(OmsDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return null;
        var gate = Gates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Exit(gate);
    }

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) gate.Release();
        }
    }
}
