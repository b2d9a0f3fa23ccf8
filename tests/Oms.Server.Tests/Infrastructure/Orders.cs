using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Domain.Orders;
using Oms.Server.Features.Orders;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>Order requests as channels send them, built from the demo data's codes.</summary>
public static class Orders
{
    public static readonly AddressRequest AmsterdamHome = new("Anna de Vries", "Damrak 1", null, "1012 LG", "Amsterdam", "NL", "+31611111111", 52.3731, 4.8922);
    public static readonly AddressRequest UtrechtHome = new("Bram Jansen", "Oudegracht 10", null, "3511 AL", "Utrecht", "NL", null, 52.0907, 5.1214);

    public static string NewId(string prefix = "T") => $"{prefix}-{Guid.NewGuid():N}"[..20];

    public static OrderLineRequest Ship(string sku, int qty = 1, decimal price = 49.95m)
        => new(sku, qty, price, 0, 0, null, DeliveryMethod.ShipToAddress, null, null);

    public static OrderLineRequest Pickup(string sku, string store, int qty = 1, decimal price = 49.95m)
        => new(sku, qty, price, 0, 0, null, DeliveryMethod.PickupInStore, store, null);

    public static OrderLineRequest CarryOut(string sku, int qty = 1, decimal price = 49.95m)
        => new(sku, qty, price, 0, 0, null, DeliveryMethod.CarryOut, null, null);

    public static CaptureOrderRequest Online(params OrderLineRequest[] lines) => Online(NewId("WEB"), "anna@example.com", lines);

    public static CaptureOrderRequest Online(string channelOrderId, string email, params OrderLineRequest[] lines)
        => new("web", channelOrderId, OrderType.Standard, "EUR", new CustomerRequest(email, "Anna de Vries", "+31611111111"),
            AmsterdamHome, null, null, 4.95m, lines);

    /// <summary>A sale at a store's till; lines not carried out are fulfilled like any order.</summary>
    public static CaptureOrderRequest Pos(string store, params OrderLineRequest[] lines)
        => new("pos", NewId("POS"), OrderType.Standard, "EUR", new CustomerRequest("bram@example.com", "Bram Jansen", "+31622222222"),
            UtrechtHome, null, store, 0, lines);
}
