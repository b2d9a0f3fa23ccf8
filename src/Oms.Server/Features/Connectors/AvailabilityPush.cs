using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Sourcing;

namespace Oms.Server.Features.Connectors;

/// <summary>
/// Tells a connector's channel what it may sell: the SKUs whose stock rows changed since the last look (with an overlap),
/// their available-to-sell for the channel (its allocation applied, enabled locations summed), and only those that differ
/// from what the channel was last told. A burst of stock moves on a SKU is one update. A full resync tells every SKU.
/// Only after the channel took a batch is it recorded as told; the look's time moves on only when every batch went.
/// A connector with a SKU map sells only the SKUs in it: only those are told (the channel has no listing for the others).
/// </summary>
public sealed class AvailabilityPush(ConnectorDirectory directory, TimeProvider clock, IOptions<ConnectorOptions> options)
{
    private const int Batch = 200;

    public async Task<AvailabilityPushResult> PushAsync(OmsDbContext db, Connector connector, bool full, CancellationToken ct)
    {
        var adapter = directory.AdapterOrNull(connector.Kind);
        if (adapter is null) return new AvailabilityPushResult(0, 0);
        var now = clock.GetUtcNow().UtcDateTime;
        var since = full ? null : connector.AvailabilityCheckedAt?.AddSeconds(-options.Value.AvailabilityOverlapSeconds);
        var skus = since is { } from
            ? await db.Stock.AsNoTracking().Where(s => s.UpdatedAt >= from).Select(s => s.Sku).Distinct().ToListAsync(ct)
            : await db.Products.AsNoTracking().Select(p => p.Sku).Union(db.Stock.AsNoTracking().Select(s => s.Sku)).ToListAsync(ct);
        var runtime = directory.Runtime(connector);
        if (runtime.Mapping.Skus is { Count: > 0 } map)
        {
            var listed = map.Values.ToHashSet(StringComparer.Ordinal);
            skus = [.. skus.Where(listed.Contains)];
        }
        skus.Sort(StringComparer.Ordinal);
        var allocation = await db.AllocationAsync(connector.Channel, ct);
        var locations = await LineSourcer.LocationsAsync(db, ct);
        var sent = 0;
        foreach (var batch in skus.Chunk(Batch))
        {
            var stock = await LineSourcer.StoredStockAsync(db, batch, allocation, locations, ct);
            var at = clock.GetUtcNow().UtcDateTime;
            var told = await db.ChannelAvailability.Where(a => a.ConnectorId == connector.Id && batch.Contains(a.Sku))
                .ToDictionaryAsync(a => a.Sku, StringComparer.Ordinal, ct);
            var levels = batch.Select(sku => new SkuAvailability(sku, runtime.Mapping.ChannelSku(sku),
                    stock.Where(s => s.Sku == sku && s.Location.Enabled).Sum(s => s.AvailableToPromise)))
                .Where(l => full || !told.TryGetValue(l.Sku, out var t) || t.Quantity != l.Available).ToList();
            if (levels.Count == 0) continue;
            try
            {
                await adapter.PushAvailabilityAsync(runtime, levels, ct);
            }
            catch (Exception e) when (e is ChannelCallException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // The channel refused or could not be reached (429, 5xx, a SKU it has no listing for): shown in the health, not a 500;
                // what it did not take stays untold and goes with the next push.
                db.ChangeTracker.Clear();
                await db.Connectors.Where(c => c.Id == connector.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastErrorAt, at)
                    .SetProperty(c => c.LastError, e.Message.Length > 1000 ? e.Message[..1000] : e.Message)
                    .SetProperty(c => c.ConsecutiveErrors, c => c.ConsecutiveErrors + 1), ct);
                return new AvailabilityPushResult(skus.Count, sent, e.Message);
            }
            foreach (var l in levels)
            {
                if (told.TryGetValue(l.Sku, out var t)) t.Told(l.Available, at);
                else db.ChannelAvailability.Add(new ChannelAvailability(connector.Id, l.Sku, l.Available, at));
            }
            await db.SaveChangesAsync(ct);
            sent += levels.Count;
        }
        await db.Connectors.Where(c => c.Id == connector.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.AvailabilityCheckedAt, now).SetProperty(c => c.ConsecutiveErrors, 0)
            .SetProperty(c => c.LastSentAt, c => sent > 0 ? now : c.LastSentAt), ct);
        return new AvailabilityPushResult(skus.Count, sent);
    }
}

/// <param name="Checked">SKUs looked at.</param>
/// <param name="Sent">SKUs whose quantity was sent to the channel.</param>
/// <param name="Error">Why the channel did not take the rest (it goes with the next push).</param>
public sealed record AvailabilityPushResult(int Checked, int Sent, string? Error = null);
