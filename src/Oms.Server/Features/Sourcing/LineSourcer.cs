using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Persistence;
using Oms.Server.Web;

namespace Oms.Server.Features.Sourcing;

/// <summary>
/// Sources the new lines of an order: ranks candidate locations with the fixed rule, then reserves at
/// the first one whose conditional update succeeds. A candidate that lost its stock to a concurrent
/// order between the read and the reservation is simply skipped.
/// </summary>
public sealed class LineSourcer(OmsDbContext db, IOptions<OmsOptions> options)
{
    private static readonly Actor Sourcing = new("system", "sourcing");

    public async Task SourceAsync(Order order, IReadOnlyDictionary<string, Location> locations, DateTime now, CancellationToken ct)
    {
        foreach (var line in order.Lines.Where(l => l.Status == LineStatus.Created && l.DeliveryMethod != DeliveryMethod.CarryOut))
        {
            var stock = await db.Stock.AsNoTracking().Where(s => s.Sku == line.Sku).ToListAsync(ct);
            var candidates = stock.Where(s => locations.ContainsKey(s.LocationCode))
                .Select(s => new SourcingCandidate(locations[s.LocationCode], s.AvailableToPromise)).ToList();
            var options1 = SimpleSourcing.Rank(line, Destination(order, line, locations), options.Value.Sourcing.CentralLocation, candidates);

            var allocated = false;
            foreach (var option in options1)
            {
                if (!await db.TryReserveAsync(option.LocationCode, line.Sku, line.Quantity, now, ct)) continue;
                order.Allocate(line.Id, option.LocationCode, option.Reason, now, Sourcing);
                allocated = true;
                break;
            }
            if (!allocated)
                order.Backorder(line.Id, NoStockReason(line), now, Sourcing);
        }
    }

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
