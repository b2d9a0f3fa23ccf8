using Microsoft.EntityFrameworkCore;
using Oms.Persistence;
using Oms.Persistence.Outbox;

namespace Oms.Server.Core.Scheduling;

/// <summary>Leases for sweeps: a conditional UPDATE decides which node runs one, on SQLite and PostgreSQL alike.</summary>
public static class LeaseStore
{
    /// <summary>True when <paramref name="node"/> now holds the lease until <paramref name="until"/>.</summary>
    public static async Task<bool> TryAcquireAsync(OmsDbContext db, string name, string node, DateTime now, DateTime until,
        CancellationToken ct)
    {
        if (!await db.SchedulerLeases.AnyAsync(l => l.Name == name, ct))
        {
            try
            {
                db.SchedulerLeases.Add(new SchedulerLease(name));
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
            {
                // Another node created it first; fine.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return await db.SchedulerLeases
            .Where(l => l.Name == name && (l.LeaseUntil == null || l.LeaseUntil < now || l.Owner == node))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.Owner, node).SetProperty(l => l.LeaseUntil, until)
                .SetProperty(l => l.LastRunAt, now), ct) == 1;
    }
}
