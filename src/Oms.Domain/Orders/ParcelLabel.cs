using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>
/// A carrier's label for an outbound parcel, a value object kept on its fulfilment order: the carrier (the adapter that made
/// it, <c>sendcloud</c>), the tracking number, the carrier's id of the parcel (to cancel it) and links.
/// </summary>
public sealed record ParcelLabel
{
    private ParcelLabel() { Carrier = null!; TrackingNumber = null!; CarrierShipmentId = null!; Service = null!; }

    public ParcelLabel(string carrier, string trackingNumber, string carrierShipmentId, string service, string? trackingUrl,
        string? labelUrl, DateTime createdAt)
    {
        Carrier = TextLimit.Clip(Guard.NotEmpty(carrier, "carrier"), 100);
        TrackingNumber = TextLimit.Clip(Guard.NotEmpty(trackingNumber, "trackingNumber"), 100);
        CarrierShipmentId = TextLimit.Clip(Guard.NotEmpty(carrierShipmentId, "carrierShipmentId"), 100);
        Service = TextLimit.Clip(service, 200);
        TrackingUrl = trackingUrl is null ? null : TextLimit.Clip(trackingUrl, 1000);
        LabelUrl = labelUrl is null ? null : TextLimit.Clip(labelUrl, 1000);
        CreatedAt = createdAt;
    }

    public string Carrier { get; private set; }
    public string TrackingNumber { get; private set; }
    public string CarrierShipmentId { get; private set; }
    public string Service { get; private set; }
    public string? TrackingUrl { get; private set; }
    public string? LabelUrl { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
