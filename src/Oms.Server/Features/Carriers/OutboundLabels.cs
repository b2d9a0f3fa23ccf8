using Microsoft.EntityFrameworkCore;
using Oms.Carriers;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Access;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Orders;

namespace Oms.Server.Features.Carriers;

/// <summary>
/// Gets a label for a fulfilment order's parcel from the carrier: from the location's address to the customer (the line's
/// or the order's shipping address; for a carrier pickup point without one, the point's address in the customer's name).
/// The carrier is called outside any transaction and its answer kept in a command of its own; a fulfilment order that has a
/// label answers it without asking the carrier again.
/// </summary>
/// <remarks>
/// Creating a label is not idempotent at the carrier: two calls racing may both make one; the first kept wins and the
/// fulfilment order number, the reference on both, finds the spare one in the carrier's panel.
/// </remarks>
public sealed class OutboundLabels(IEnumerable<ICarrierAdapter> carriers, OmsDbContext db, CommandBus bus, TimeProvider clock)
{
    /// <exception cref="CarrierException">The carrier did not answer or is not configured (the caller answers 502/503).</exception>
    public async Task<OutboundLabelResponse> GetOrMakeAsync(Guid fulfilmentOrderId, AccessScope scope, Actor actor, CancellationToken ct)
    {
        var order = await db.LoadByFulfilmentOrderAsync(fulfilmentOrderId, ct);
        var fo = order.FulfilmentOrder(fulfilmentOrderId);
        if (!scope.CanSee(fo, order)) throw new NotFoundException("Fulfilment order", fulfilmentOrderId.ToString());
        if (fo.Label is { } made) return OutboundLabelResponse.From(fo.Id, made);
        order.EnsureLabelable(fo.Id);

        var carrier = carriers.FirstOrDefault()
            ?? throw new CarrierException(CarrierErrorKind.Misconfigured, "No carrier is configured (Carriers:Sendcloud).");
        var (from, to) = await RouteAsync(order, fo, ct);
        CreatedLabel created;
        try
        {
            created = await carrier.CreateLabelAsync(new LabelRequest(fo.Number, ShipmentDirection.Outbound, from, to,
                order.CustomerEmail), ct);
        }
        catch (CarrierException e) when (e.Kind == CarrierErrorKind.Rejected)
        {
            throw new BusinessRuleException("carrier", $"{carrier.Name} refused the label: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new BusinessRuleException("carrier", $"{carrier.Name} cannot take this parcel: {e.Message}");
        }

        var label = new ParcelLabel(carrier.Name, created.TrackingNumber, created.CarrierShipmentId, $"{created.Service} ({created.Carrier})",
            created.TrackingUrl?.AbsoluteUri, created.Label.Url?.AbsoluteUri, clock.GetUtcNow().UtcDateTime);
        var kept = await bus.SendAsync(new RecordOutboundLabel(fo.Id, label), actor, ct);
        return OutboundLabelResponse.From(fo.Id, kept);
    }

    private async Task<(Address From, Address To)> RouteAsync(Order order, FulfilmentOrder fo, CancellationToken ct)
    {
        var location = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Code == fo.LocationCode, ct);
        var from = location?.Address
            ?? throw new BusinessRuleException("location", $"Location {fo.LocationCode} has no address in the network to ship from.");
        var line = order.Lines.First(l => l.FulfilmentOrderId == fo.Id && l.IsActive && l.ShipmentId is null);
        if ((line.ShippingAddress ?? order.ShippingAddress) is { } home) return (from, home);
        var point = line.PickupLocationCode is { } code
            ? await db.Locations.AsNoTracking().Where(l => l.Code == code).Select(l => l.Address).FirstOrDefaultAsync(ct)
            : null;
        return point is null
            ? throw new BusinessRuleException("shippingAddress", $"Order {order.Number} has no address to send the parcel to.")
            : (from, new Address(order.CustomerName ?? point.Name, point.Line1, point.Line2, point.PostalCode, point.City, point.Country,
                order.CustomerPhone));
    }
}
