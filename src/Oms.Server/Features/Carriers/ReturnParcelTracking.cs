using Microsoft.EntityFrameworkCore;
using Oms.Carriers;
using Oms.Domain.Common;
using Oms.Domain.Returns;
using Oms.Domain.Tracking;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Carriers;

/// <summary>A tracking update of a return parcel: a <c>return.parcel-*</c> entry on the return's timeline (so an event too).</summary>
internal static class ReturnParcelTracking
{
    /// <returns>The receipt, or null when no return has the tracking number with this carrier.</returns>
    public static async Task<CarrierEventReceipt?> ApplyAsync(ReceiveTrackingEvent command, CommandContext ctx, CancellationToken ct)
    {
        var (carrier, e) = (command.Carrier, command.Event);
        var ret = await ctx.Db.ReturnOrders.Include(r => r.Lines).Include(r => r.Timeline).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.TrackingNumber == e.TrackingNumber && r.Carrier == carrier, ct);
        if (ret is null) return null;
        ctx.Db.CarrierMessages.Add(CarrierMessage.Tracking(Ids.Next(ctx.Now), carrier, e.EventId, e.TrackingNumber, e.Status.ToString(),
            ShipmentTracking.CarrierWords(e), e.OccurredAtUtc, ctx.Now, command.Body, ret.Id, null));
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
