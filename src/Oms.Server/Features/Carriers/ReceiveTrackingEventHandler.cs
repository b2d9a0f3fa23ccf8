using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Tracking;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Carriers;

/// <summary>
/// Keeps a tracking update and routes it: to the return whose label has its tracking number with this carrier
/// (<see cref="ReturnParcelTracking"/>), else to the order's outbound shipment with that tracking number
/// (<see cref="ShipmentTracking"/>). The carrier's event id is unique per carrier: an update delivered again is answered
/// as a duplicate and changes nothing, and of two deliveries racing, the loser runs again and finds the winner's row.
/// An update nothing is waiting for (another system's label) is kept with the reason.
/// </summary>
internal sealed class ReceiveTrackingEventHandler : ICommandHandler<ReceiveTrackingEvent, CarrierEventReceipt>
{
    public async Task<CarrierEventReceipt> HandleAsync(ReceiveTrackingEvent command, CommandContext ctx, CancellationToken ct)
    {
        var (carrier, e) = (command.Carrier, command.Event);
        var before = await ctx.Db.CarrierMessages.AsNoTracking().Where(m => m.Carrier == carrier && m.EventId == e.EventId)
            .Select(m => new { m.ReturnOrderId, m.ShipmentId, m.OrderId }).FirstOrDefaultAsync(ct);
        if (before is not null)
            return new CarrierEventReceipt("duplicate", e.TrackingNumber, before.ReturnOrderId, null, before.ShipmentId, before.OrderId);

        if (await ReturnParcelTracking.ApplyAsync(command, ctx, ct) is { } toReturn) return toReturn;
        if (await ShipmentTracking.ApplyAsync(command, ctx, ct) is { } toShipment) return toShipment;

        var reason = $"No return or shipment has tracking number {e.TrackingNumber} with {carrier}.";
        ctx.Db.CarrierMessages.Add(CarrierMessage.Tracking(Ids.Next(ctx.Now), carrier, e.EventId, e.TrackingNumber, e.Status.ToString(),
            ShipmentTracking.CarrierWords(e), e.OccurredAtUtc, ctx.Now, command.Body, null, reason));
        return new CarrierEventReceipt("unmatched", e.TrackingNumber, null, reason);
    }
}
