using Oms.Domain.Orders;

namespace Oms.Server.Features.Carriers;

/// <summary>
/// The carrier's label for a fulfilment order's parcel: print <see cref="LabelUrl"/> (the carrier's link; it needs the
/// carrier account's credentials), stick it on the parcel, then ship it (the ship call may leave the tracking number out).
/// </summary>
public sealed record OutboundLabelResponse(Guid FulfilmentOrderId, string Carrier, string TrackingNumber, string? TrackingUrl,
    string? LabelUrl, string Service, string CarrierShipmentId, DateTime CreatedAt)
{
    public static OutboundLabelResponse From(Guid fulfilmentOrderId, ParcelLabel l)
        => new(fulfilmentOrderId, l.Carrier, l.TrackingNumber, l.TrackingUrl, l.LabelUrl, l.Service, l.CarrierShipmentId, l.CreatedAt);
}
