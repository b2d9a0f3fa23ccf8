using Oms.Domain.Orders;

namespace Oms.Server.Features.Tracking;

/// <summary>
/// An order as its customer may see it without an account: the status in plain words, each line's, each parcel's tracking,
/// each pickup's place and opening hours, and its returns' progress. Nothing else (no customer addresses, payments or names),
/// since a number and a postal code are guessable.
/// </summary>
public sealed record OrderStatusResponse(string Number, OrderStatus Status, string StatusText, DateTime PlacedAt,
    IReadOnlyList<OrderStatusLine> Lines, IReadOnlyList<OrderStatusShipment> Shipments, IReadOnlyList<OrderStatusPickup> Pickups,
    IReadOnlyList<OrderStatusReturn>? Returns = null);
