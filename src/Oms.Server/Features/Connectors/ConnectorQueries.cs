using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Persistence;

namespace Oms.Server.Features.Connectors;

internal static class ConnectorQueries
{
    public static async Task<Connector> GetAsync(OmsDbContext db, string code, CancellationToken ct)
        => await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct) ?? throw new NotFoundException("Connector", code);

    public static async Task<ConnectorResponse> ResponseAsync(OmsDbContext db, Connector c, DateTime now, CancellationToken ct)
    {
        var dayAgo = now.AddDays(-1);
        var counts = await db.InboundMessages.AsNoTracking()
            .Where(m => m.ConnectorId == c.Id && (m.Status == InboundStatus.Received || m.ReceivedAt >= dayAgo))
            .GroupBy(m => m.Status).Select(g => new { Status = g.Key, Count = g.Count(), Oldest = g.Min(m => m.ReceivedAt) })
            .ToListAsync(ct);
        var waiting = counts.FirstOrDefault(x => x.Status == InboundStatus.Received);
        var lag = waiting is null ? 0 : Math.Max(0, (now - waiting.Oldest).TotalSeconds);
        var settings = ConnectorDirectory.Settings(c);
        var pollSeconds = settings["pollSeconds"] is { } p && int.TryParse(p.ToString(), out var s) ? s : 60;
        var status = !c.Enabled ? "paused"
            : c.ConsecutiveErrors > 0 ? "failing"
            : lag > 60 || (c.LastPolledAt is { } polled && (now - polled).TotalSeconds > 3 * pollSeconds) ? "lagging"
            : "healthy";
        var health = new ConnectorHealth(status, Math.Round(lag, 1), waiting?.Count ?? 0,
            counts.FirstOrDefault(x => x.Status == InboundStatus.Accepted)?.Count ?? 0,
            counts.FirstOrDefault(x => x.Status == InboundStatus.Rejected)?.Count ?? 0,
            c.LastReceivedAt, c.LastPolledAt, c.LastSentAt, c.LastErrorAt, c.LastError, c.ConsecutiveErrors, c.Cursor, c.AvailabilityCheckedAt);
        return new ConnectorResponse(c.Id, c.Code, c.Kind, c.Channel, c.Enabled, c.PausedReason, settings,
            c.SecretNames.Split(' ', StringSplitOptions.RemoveEmptyEntries), ConnectorDirectory.Mapping(c), health, c.CreatedAt,
            c.UpdatedAt, c.UpdatedBy);
    }
}
