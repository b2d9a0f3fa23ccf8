using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Persistence;
using Oms.Server.Features.Configuration;
using Oms.Server.Web;

namespace Oms.Server.Features.Sourcing;

/// <summary>
/// Sources lines: ranks candidate locations, then reserves at the first one whose conditional update succeeds.
/// A candidate that lost its stock to a concurrent order between the read and the reservation is skipped.
/// A new line nothing can serve is back-ordered; a rejected line with nowhere left goes to the exception queue;
/// a line already waiting (back-ordered, exception) simply keeps waiting.
/// </summary>
public sealed class LineSourcer(OmsDbContext db, IOptions<OmsOptions> options)
{
    private static readonly Actor Sourcing = new("system", "sourcing");

    /// <summary>Sources every line of the order that waits for a location (created, back-ordered, exception).</summary>
    public async Task SourceAsync(Order order, IReadOnlyDictionary<string, Location> locations, DateTime now, CancellationToken ct)
    {
        // Stock rows are locked in SKU order, the same in every order, so that two orders cannot deadlock on them.
        var waiting = order.Lines.Where(l => l.DeliveryMethod != DeliveryMethod.CarryOut
                && l.Status is LineStatus.Created or LineStatus.Backordered or LineStatus.Exception)
            .OrderBy(l => l.Sku, StringComparer.Ordinal).ThenBy(l => l.LineNumber).ToList();
        if (waiting.Count == 0) return;
        var allocation = await db.AllocationAsync(order.ChannelCode, ct);
        foreach (var line in waiting)
        {
            var stock = await db.Stock.AsNoTracking().Where(s => s.Sku == line.Sku).ToListAsync(ct);
            var candidates = stock
                .Where(s => locations.ContainsKey(s.LocationCode) && !line.RejectedLocations.Contains(s.LocationCode))
                .Select(s => new SourcingCandidate(locations[s.LocationCode], allocation.AvailableToSell(locations[s.LocationCode], s.AvailableToPromise)))
                .ToList();
            var ranked = SimpleSourcing.Rank(line, Destination(order, line, locations), options.Value.Sourcing.CentralLocation, candidates);

            var allocated = false;
            foreach (var option in ranked)
            {
                var rule = allocation.RuleFor(locations[option.LocationCode]);
                if (!await db.TryReserveAsync(option.LocationCode, line.Sku, line.Quantity, now, ct, rule)) continue;
                if (order.Allocate(line.Id, option.LocationCode, option.Reason, now, Sourcing) is { } promise)
                    await db.ApplyAsync([promise], now, ct);
                allocated = true;
                break;
            }
            if (allocated || line.Status != LineStatus.Created) continue;
            if (line.RejectedLocations.Count > 0)
                order.Escalate(line.Id, $"rejected by {string.Join(", ", line.RejectedLocations)} and no other location has {line.Quantity} unit(s)", now, Sourcing);
            else if (!await PromiseAgainstReceiptAsync(order, line, locations, now, ct))
                order.Backorder(line.Id, NoStockReason(line), now, Sourcing);
        }
    }

    /// <summary>A pre-order: promises the line against the earliest expected receipt that may still be sold against.</summary>
    private async Task<bool> PromiseAgainstReceiptAsync(Order order, OrderLine line, IReadOnlyDictionary<string, Location> locations, DateTime now, CancellationToken ct)
    {
        var receipts = await db.ExpectedReceipts.AsNoTracking()
            .Where(r => r.Sku == line.Sku && r.Status == ReceiptStatus.Open)
            .OrderBy(r => r.ExpectedAt).ThenBy(r => r.Id).ToListAsync(ct);
        foreach (var r in receipts.Where(r => CanServe(line, r.LocationCode, locations)))
        {
            if (!await db.TryPromiseAsync(r.Id, line.Quantity, options.Value.Sourcing.PreorderLimitPercent, ct)) continue;
            order.BackorderAgainstReceipt(line.Id, r.Id, r.Reference, r.LocationCode, r.ExpectedAt, now, Sourcing);
            return true;
        }
        return false;
    }

    private static bool CanServe(OrderLine line, string locationCode, IReadOnlyDictionary<string, Location> locations)
        => locations.TryGetValue(locationCode, out var l) && (line.DeliveryMethod == DeliveryMethod.PickupInStore
            ? l.Code == line.PickupLocationCode
            : l.Can(LocationCapabilities.Ship));

    public async Task<IReadOnlyDictionary<string, Location>> LocationsAsync(CancellationToken ct)
        => await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, ct);

    private static GeoPoint? Destination(Order order, OrderLine line, IReadOnlyDictionary<string, Location> locations)
        => line.DeliveryMethod switch
        {
            DeliveryMethod.CarrierPickupPoint or DeliveryMethod.PickupInStore
                when line.PickupLocationCode is { } code && locations.TryGetValue(code, out var point) => point.Point,
            _ => order.DestinationOf(line)?.Point,
        };

    private static string NoStockReason(OrderLine line) => line.DeliveryMethod == DeliveryMethod.PickupInStore
        ? $"{line.PickupLocationCode} has fewer than {line.Quantity} unit(s) available"
        : $"no shipping location has {line.Quantity} unit(s) available";
}
