namespace Oms.Carriers;

/// <summary>A label the carrier has announced.</summary>
/// <param name="CarrierShipmentId">The carrier's id of the parcel, which <see cref="ICarrierAdapter.CancelLabelAsync"/> takes.</param>
/// <param name="Carrier">The carrier that moves the parcel (for a platform such as Sendcloud, the underlying carrier: <c>postnl</c>).</param>
/// <param name="Service">The service as the carrier names it (<c>PostNL Standard 0-23kg</c>).</param>
public sealed record CreatedLabel(
    string TrackingNumber,
    Uri? TrackingUrl,
    string CarrierShipmentId,
    string Carrier,
    string Service,
    CarrierLabel Label);
