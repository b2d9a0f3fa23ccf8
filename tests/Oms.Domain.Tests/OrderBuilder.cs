using Oms.Domain.Common;
using Oms.Domain.Orders;

namespace Oms.Domain.Tests;

internal static class OrderBuilder
{
    public static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    public static readonly Actor Agent = new("agent", "anna");
    public static readonly Address Home = new("Anna de Vries", "Damrak 1", null, "1012 LG", "Amsterdam", "NL", null, 52.37, 4.89);

    public static NewOrderLine Ship(string sku = "SKU-1", int qty = 1, decimal price = 10m) => new(sku, qty, price, 0, 0, DeliveryMethod.ShipToAddress);
    public static NewOrderLine Pickup(string store, string sku = "SKU-1", int qty = 1) => new(sku, qty, 10m, 0, 0, DeliveryMethod.PickupInStore, store);
    public static NewOrderLine CarryOut(string sku = "SKU-1", int qty = 1) => new(sku, qty, 10m, 0, 0, DeliveryMethod.CarryOut);

    public static Order Capture(params NewOrderLine[] lines) => Capture(null, lines);

    public static Order Capture(string? sellingStore, params NewOrderLine[] lines)
        => Order.Capture(new NewOrder(Guid.NewGuid(), "OMS-TEST", "web", Guid.NewGuid().ToString(), OrderType.Standard, "EUR",
            "anna@example.com", "Anna", null, Home, null, sellingStore, 4.95m, lines, "hash"), Guid.NewGuid(), Now, Actor.Channel("web"));

    /// <summary>Allocates every created line to <paramref name="location"/>.</summary>
    public static Order Allocated(string location, params NewOrderLine[] lines)
    {
        var o = Capture(lines);
        foreach (var l in o.Lines) o.Allocate(l.Id, location, "test", Now, Actor.System);
        return o;
    }
}
