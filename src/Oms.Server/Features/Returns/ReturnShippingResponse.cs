using Oms.Domain.Returns;

namespace Oms.Server.Features.Returns;

/// <summary>
/// The parcel of a return that comes back through a carrier: its label (tracking number and link), the collection booked at
/// the customer's address, the last tracked status, or why no label could be made. Null for a return handed in at a store.
/// </summary>
public sealed record ReturnShippingResponse(
    string? Carrier,
    string? TrackingNumber,
    string? TrackingUrl,
    string? LabelUrl,
    string? CollectionId,
    DateTime? CollectionWindowStart,
    DateTime? CollectionWindowEnd,
    ReturnParcelStatus? ParcelStatus,
    DateTime? ParcelStatusAt,
    string? LabelFailure)
{
    public static ReturnShippingResponse? From(ReturnOrder r) => r.NeedsReturnLabel
        ? new(r.Carrier, r.TrackingNumber, r.TrackingUrl, r.LabelUrl, r.CollectionId, r.CollectionWindowStart, r.CollectionWindowEnd,
            r.ParcelStatus, r.ParcelStatusAt, r.LabelFailure)
        : null;
}
