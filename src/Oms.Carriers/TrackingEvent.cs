namespace Oms.Carriers;

/// <summary>One tracking update from a carrier's webhook.</summary>
/// <param name="EventId">Stable for the same update: a carrier that delivers the webhook again yields the same id, so
/// the receiver stores it once and answers the repeat with success.</param>
/// <param name="CarrierStatusCode">The carrier's own status code (Sendcloud: <c>11</c>).</param>
/// <param name="CarrierStatusText">The carrier's own wording (<c>Delivered</c>).</param>
/// <param name="OccurredAtUtc">When the carrier recorded the status, UTC.</param>
/// <param name="Location">Where, in the carrier's words, when the webhook says.</param>
/// <param name="CarrierShipmentId">The carrier's parcel id, as in <see cref="CreatedLabel.CarrierShipmentId"/>.</param>
/// <param name="IsReturn">True for a return parcel's update.</param>
public sealed record TrackingEvent(
    string EventId,
    string TrackingNumber,
    TrackingStatus Status,
    string CarrierStatusCode,
    string CarrierStatusText,
    DateTime OccurredAtUtc,
    string? Location,
    string CarrierShipmentId,
    bool IsReturn);
