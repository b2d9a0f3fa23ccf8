using static Oms.Domain.Orders.LineAction;
using static Oms.Domain.Orders.LineStatus;

namespace Oms.Domain.Orders;

/// <summary>The built-in line lifecycles, one per delivery method.</summary>
public static class LineLifecycles
{
    private static readonly LineTransition[] Sourcing =
    [
        new(Created, Allocate, Allocated),
        new(Created, Backorder, Backordered),
        new(Backordered, Allocate, Allocated),
        new(Created, LineAction.Cancel, Cancelled),
        new(Backordered, LineAction.Cancel, Cancelled),
        new(Allocated, LineAction.Cancel, Cancelled),
        new(Allocated, Release, Released),
        new(Released, LineAction.Cancel, Cancelled),
        new(Released, Pick, Picked),
        new(Picked, LineAction.Cancel, Cancelled),
        new(Picked, Pack, Packed),
        new(Packed, LineAction.Cancel, Cancelled),
        // A location that cannot fulfil gives the line back to sourcing, which tries elsewhere or escalates.
        new(Allocated, Reject, Created),
        new(Released, Reject, Created),
        new(Picked, Reject, Created),
        new(Packed, Reject, Created),
        new(Created, Escalate, LineStatus.Exception),
        new(LineStatus.Exception, Allocate, Allocated),
        new(LineStatus.Exception, LineAction.Cancel, Cancelled),
        new(Allocated, LoseStock, Created),
        new(Released, LoseStock, Created),
    ];

    /// <summary>Parcel delivery: released, picked, packed, shipped, delivered. Cancellable until shipped.</summary>
    public static readonly LineLifecycle ShipToAddress = new("ship-to-address@1",
    [
        .. Sourcing,
        new(Released, Ship, Shipped),
        new(Picked, Ship, Shipped),
        new(Packed, Ship, Shipped),
        new(Shipped, Deliver, Delivered),
    ]);

    /// <summary>Click and collect: staged in the store, then collected or expired. Cancellable until collected.</summary>
    public static readonly LineLifecycle PickupInStore = new("pickup-in-store@1",
    [
        .. Sourcing,
        new(Released, LineAction.ReadyForPickup, LineStatus.ReadyForPickup),
        new(Picked, LineAction.ReadyForPickup, LineStatus.ReadyForPickup),
        new(Packed, LineAction.ReadyForPickup, LineStatus.ReadyForPickup),
        new(LineStatus.ReadyForPickup, Collect, Collected),
        new(LineStatus.ReadyForPickup, ExpirePickup, PickupExpired),
        new(LineStatus.ReadyForPickup, LineAction.Cancel, Cancelled),
    ]);

    /// <summary>Sold at the till and taken away: the line completes at capture.</summary>
    public static readonly LineLifecycle CarryOut = new("carry-out@1",
    [
        new(Created, LineAction.CarryOut, CarriedOut),
    ]);

    public static LineLifecycle For(DeliveryMethod method) => method switch
    {
        DeliveryMethod.PickupInStore => PickupInStore,
        DeliveryMethod.CarryOut => CarryOut,
        _ => ShipToAddress,
    };

    private static readonly Dictionary<string, LineLifecycle> ById = new[] { ShipToAddress, PickupInStore, CarryOut }
        .ToDictionary(w => w.Id, StringComparer.Ordinal);

    public static LineLifecycle Get(string id) => ById.TryGetValue(id, out var w)
        ? w
        : throw new InvalidOperationException($"Unknown line lifecycle '{id}'.");
}
