using Oms.Domain.Common;

namespace Oms.Carriers;

/// <summary>
/// A label to create. For <see cref="ShipmentDirection.Outbound"/> <see cref="From"/> is the shipping location and
/// <see cref="To"/> the customer; for <see cref="ShipmentDirection.Return"/> <see cref="From"/> is the customer and
/// <see cref="To"/> the location that receives the return.
/// </summary>
/// <param name="Reference">The OMS's reference printed with the parcel (order or return number), searchable at the carrier.</param>
/// <param name="CustomerEmail">Where the carrier may send its own track-and-trace messages; null sends none.</param>
/// <param name="Parcel">Weight and size; null lets the carrier's defaults apply.</param>
/// <param name="Service">The carrier's service (for Sendcloud a shipping method id); null takes the configured default
/// for the direction.</param>
public sealed record LabelRequest(
    string Reference,
    ShipmentDirection Direction,
    Address From,
    Address To,
    string? CustomerEmail = null,
    ParcelDimensions? Parcel = null,
    string? Service = null);
