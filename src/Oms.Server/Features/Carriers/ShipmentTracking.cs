using Microsoft.EntityFrameworkCore;
using Oms.Carriers;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Tracking;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Carriers;

/// <summary>
/// A tracking update of an order's outbound parcel: a <c>shipment.*</c> entry on the order's timeline (so an event, and for
/// some a mail to the customer) that moves the order (see <see cref="Order.RecordTracking"/>).
/// </summary>
/// <remarks>
/// The shipment is found by tracking number: the one whose carrier is this adapter, or else the only shipment with that
/// number (a platform such as Sendcloud reports for the carrier the WMS named, <c>PostNL</c>). Two shipments of other
/// carriers with the same number are not guessed between: the update is kept as unmatched.
/// </remarks>
internal static class ShipmentTracking
{
    /// <returns>The receipt, or null when no shipment can be told to have the tracking number.</returns>
    public static async Task<CarrierEventReceipt?> ApplyAsync(ReceiveTrackingEvent command, CommandContext ctx, CancellationToken ct)
    {
        var (carrier, e) = (command.Carrier, command.Event);
        var candidates = await ctx.Db.Shipments.AsNoTracking().Where(s => s.TrackingNumber == e.TrackingNumber)
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Carrier }).Take(10).ToListAsync(ct);
        var match = candidates.Where(s => string.Equals(s.Carrier, carrier, StringComparison.OrdinalIgnoreCase)).ToList() is { Count: 1 } own
            ? own[0]
            : candidates.Count == 1 ? candidates[0] : null;
        if (match is null) return null;

        var order = await ctx.OrderOfShipmentAsync(match.Id, ct);
        var moved = order.RecordTracking(match.Id, Status(e.Status), $"{e.CarrierStatusText}, {carrier} status {e.CarrierStatusCode}",
            e.OccurredAtUtc, e.Location, ctx.Now, new Actor("carrier", carrier));
        ctx.Db.CarrierMessages.Add(CarrierMessage.ShipmentTracking(Ids.Next(ctx.Now), carrier, e.EventId, e.TrackingNumber,
            e.Status.ToString(), CarrierWords(e), e.OccurredAtUtc, ctx.Now, command.Body, match.Id, order.Id, stale: !moved));
        return new CarrierEventReceipt(moved ? "applied" : "stale", e.TrackingNumber, null,
            moved ? null : "Older than the shipment's latest tracking, or after its delivery: changes nothing.", match.Id, order.Id);
    }

    /// <summary>The carrier's own words for the status, as kept with the message.</summary>
    public static string CarrierWords(TrackingEvent e) => $"{e.CarrierStatusText} ({e.CarrierStatusCode})";

    private static ShipmentTrackingStatus Status(TrackingStatus s) => s switch
    {
        TrackingStatus.InTransit => ShipmentTrackingStatus.InTransit,
        TrackingStatus.OutForDelivery => ShipmentTrackingStatus.OutForDelivery,
        TrackingStatus.Delivered => ShipmentTrackingStatus.Delivered,
        TrackingStatus.FailedAttempt => ShipmentTrackingStatus.FailedAttempt,
        TrackingStatus.ArrivedAtPickupPoint => ShipmentTrackingStatus.ArrivedAtPickupPoint,
        TrackingStatus.CollectedFromPickupPoint => ShipmentTrackingStatus.CollectedFromPickupPoint,
        TrackingStatus.ReturnedToSender => ShipmentTrackingStatus.ReturnedToSender,
        _ => ShipmentTrackingStatus.Other,
    };
}
