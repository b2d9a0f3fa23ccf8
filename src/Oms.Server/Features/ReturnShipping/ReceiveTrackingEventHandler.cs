using Microsoft.EntityFrameworkCore;
using Oms.Carriers;
using Oms.Domain.Common;
using Oms.Domain.Returns;
using Oms.Domain.Tracking;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.ReturnShipping;

/// <summary>
/// Keeps a tracking update and applies it to the return whose label has its tracking number (a <c>return.parcel-*</c>
/// timeline entry, so an event too). The carrier's event id is unique per carrier: an update delivered again is answered
/// as a duplicate and changes nothing, and of two deliveries racing, the loser runs again and finds the winner's row.
/// An update no return is waiting for (an outbound parcel, another system's label) is kept with the reason.
/// </summary>
internal sealed class ReceiveTrackingEventHandler : ICommandHandler<ReceiveTrackingEvent, CarrierEventReceipt>
{
    public async Task<CarrierEventReceipt> HandleAsync(ReceiveTrackingEvent command, CommandContext ctx, CancellationToken ct)
    {
        var (carrier, e) = (command.Carrier, command.Event);
        var before = await ctx.Db.CarrierMessages.AsNoTracking()
            .Where(m => m.Carrier == carrier && m.EventId == e.EventId).Select(m => new { m.ReturnOrderId }).FirstOrDefaultAsync(ct);
        if (before is not null) return new CarrierEventReceipt("duplicate", e.TrackingNumber, before.ReturnOrderId);

        var ret = await ctx.Db.ReturnOrders.Include(r => r.Lines).Include(r => r.Timeline).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.TrackingNumber == e.TrackingNumber && r.Carrier == carrier, ct);
        var reason = ret is null ? $"No return has tracking number {e.TrackingNumber} with {carrier}." : null;
        ctx.Db.CarrierMessages.Add(CarrierMessage.Tracking(Ids.Next(ctx.Now), carrier, e.EventId, e.TrackingNumber, e.Status.ToString(),
            $"{e.CarrierStatusText} ({e.CarrierStatusCode})", e.OccurredAtUtc, ctx.Now, command.Body, ret?.Id, reason));
        if (ret is null) return new CarrierEventReceipt("unmatched", e.TrackingNumber, null, reason);

        ret.RecordParcelStatus(Status(e.Status), $"{e.CarrierStatusText} ({carrier} status {e.CarrierStatusCode})", e.OccurredAtUtc,
            e.Location, ctx.Now, new Actor("carrier", carrier));
        return new CarrierEventReceipt("applied", e.TrackingNumber, ret.Id);
    }

    private static ReturnParcelStatus Status(TrackingStatus s) => s switch
    {
        TrackingStatus.InTransit => ReturnParcelStatus.InTransit,
        TrackingStatus.OutForDelivery => ReturnParcelStatus.OutForDelivery,
        TrackingStatus.Delivered => ReturnParcelStatus.Delivered,
        TrackingStatus.FailedAttempt => ReturnParcelStatus.FailedAttempt,
        TrackingStatus.ArrivedAtPickupPoint => ReturnParcelStatus.ArrivedAtPickupPoint,
        TrackingStatus.CollectedFromPickupPoint => ReturnParcelStatus.CollectedFromPickupPoint,
        TrackingStatus.ReturnedToSender => ReturnParcelStatus.ReturnedToSender,
        _ => ReturnParcelStatus.Other,
    };
}
