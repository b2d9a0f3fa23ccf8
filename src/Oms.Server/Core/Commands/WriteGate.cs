using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Persistence;

namespace Oms.Server.Core.Commands;

/// <summary>
/// SQLite runs one writer at a time anyway: writers of this process queue here, asynchronously, instead of blocking pool
/// threads in SQLite's busy-wait. On PostgreSQL row locks and retries do the work, and the gate only bounds how many
/// commands this process runs at once (<see cref="OmsOptions.MaxConcurrentCommands"/>): a hundred commands on one hot
/// stock row would otherwise queue on its lock inside the database, each holding a connection, the last ones waiting
/// into the command timeout on a loaded machine.
/// </summary>
public sealed class WriteGate(IOptions<OmsOptions> options)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public async Task<IDisposable?> EnterAsync(OmsDbContext db, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var slots = sqlite ? 1 : Math.Max(1, options.Value.MaxConcurrentCommands);
        var gate = Gates.GetOrAdd($"{slots}:{db.DatabaseKey}", _ => new SemaphoreSlim(slots, slots));
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
