using System.Text.Json;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;
using static Oms.Server.Features.Connectors.Amazon.AmazonJson;

namespace Oms.Server.Features.Connectors.Amazon;

/// <summary>
/// Reads a polled SP-API order (<c>{"Order": getOrders item, "OrderItems": getOrderItems items}</c>) into what the OMS does:
/// Unshipped and PartiallyShipped seller-fulfilled (MFN) orders are captured with the units still to ship; Canceled cancels;
/// Pending waits (Amazon has not authorised payment and gives no prices yet: a later update with a new LastUpdateDate is a
/// new message); Amazon-fulfilled (AFN) orders and shipped ones are ignored with the reason. Prices: <c>ItemPrice</c> is the
/// line's total for its quantity, tax included where the mapping says prices include tax (EU marketplaces, <c>ItemTax</c> is
/// the tax in it) and without it elsewhere; the OMS line gets the net unit price rounded up to the cent, the rounding and the
/// promotion as the line discount, and the tax, so its total is exactly Amazon's. Amazon withholds the buyer's name and
/// address unless the application has the restricted-data role: the order is captured with what is there, but one without a
/// full ship-to address cannot be shipped by the OMS and is rejected naming the field.
/// </summary>
internal static class AmazonOrderReader
{
    public static ChannelInstruction Read(ConnectorRuntime c, string body)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new InboundRejectedException(null, "The message is not JSON.");
        }

        using (doc)
        {
            var order = Child(doc.RootElement, "Order");
            var id = Text(order, "AmazonOrderId") ?? throw new InboundRejectedException("Order.AmazonOrderId", "The order has no AmazonOrderId.");
            if (Text(order, "FulfillmentChannel") == "AFN")
                return new ChannelInstruction.Ignore($"Order {id} is fulfilled by Amazon (AFN): Amazon ships it, not the OMS.");

            return Text(order, "OrderStatus") switch
            {
                "Unshipped" or "PartiallyShipped" => new ChannelInstruction.Capture(Capture(c, id, order, Child(doc.RootElement, "OrderItems"))),
                "Canceled" => new ChannelInstruction.Cancel(id, "Canceled on Amazon."),
                "Pending" or "PendingAvailability" => new ChannelInstruction.Ignore(
                    $"Order {id} is {Text(order, "OrderStatus")}: Amazon has not authorised the payment yet; it is captured when it becomes Unshipped."),
                var status => new ChannelInstruction.Ignore($"Order {id} is {status ?? "without a status"}: nothing for the OMS to fulfil."),
            };
        }
    }

    private static CaptureOrderRequest Capture(ConnectorRuntime c, string id, JsonElement order, JsonElement items)
    {
        if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
            throw new InboundRejectedException("OrderItems", $"Order {id} came without its order items.");

        string? currency = Text(Child(order, "OrderTotal"), "CurrencyCode");
        var delivery = c.Mapping.Delivery(Text(order, "ShipServiceLevel") ?? Text(order, "ShipmentServiceLevelCategory"));
        var lines = new List<OrderLineRequest?>();
        var shipping = 0m;
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var field = $"OrderItems[{index++}]";
            shipping += Money(item, "ShippingPrice", $"{field}.ShippingPrice", ref currency)
                - Money(item, "ShippingDiscount", $"{field}.ShippingDiscount", ref currency);
            var ordered = Int(item, "QuantityOrdered");
            var open = ordered - Int(item, "QuantityShipped");
            if (open <= 0) continue;
            lines.Add(Line(c, item, field, ordered, open, delivery, ref currency));
        }

        if (lines.Count == 0) throw new InboundRejectedException("OrderItems", $"Order {id} has no unit left to ship.");
        var address = Address(order, delivery);
        var buyer = Child(order, "BuyerInfo");
        var customer = new CustomerRequest(Text(buyer, "BuyerEmail"), Text(buyer, "BuyerName") ?? address?.Name, address?.Phone);
        return new CaptureOrderRequest(c.Channel, id, OrderType.Standard, currency, customer, address, null, null,
            Math.Max(0m, shipping), lines);
    }

    private static OrderLineRequest Line(ConnectorRuntime c, JsonElement item, string field, int ordered, int open,
        DeliveryMethod delivery, ref string? currency)
    {
        var sku = c.Mapping.Sku(Text(item, "SellerSKU"), $"{field}.SellerSKU");
        var price = Money(item, "ItemPrice", $"{field}.ItemPrice", ref currency);
        var tax = Money(item, "ItemTax", $"{field}.ItemTax", ref currency);
        var promotion = Money(item, "PromotionDiscount", $"{field}.PromotionDiscount", ref currency);
        var promotionTax = Money(item, "PromotionDiscountTax", $"{field}.PromotionDiscountTax", ref currency);
        var net = c.Mapping.PricesIncludeTax ? price - tax : price;
        var netPromotion = c.Mapping.PricesIncludeTax ? promotion - promotionTax : promotion;
        var lineTax = tax - promotionTax;
        if (open < ordered)
        {
            // PartiallyShipped: the OMS takes the units still to ship, at their share of the line.
            net = Math.Round(net * open / ordered, 2);
            netPromotion = Math.Round(netPromotion * open / ordered, 2);
            lineTax = Math.Round(lineTax * open / ordered, 2);
        }

        var unit = Math.Ceiling(net / open * 100m) / 100m;
        var discount = unit * open - net + netPromotion;
        return new OrderLineRequest(sku, open, unit, discount, lineTax, currency, delivery, null, null, Text(item, "OrderItemId"));
    }

    private static AddressRequest? Address(JsonElement order, DeliveryMethod delivery)
    {
        var a = Child(order, "ShippingAddress");
        var line1 = Text(a, "AddressLine1") ?? Text(a, "AddressLine2");
        var line2 = line1 == Text(a, "AddressLine1") ? Text(a, "AddressLine2") : Text(a, "AddressLine3");
        var name = Text(a, "Name");
        if (delivery == DeliveryMethod.ShipToAddress && (name is null || line1 is null || Text(a, "City") is null || Text(a, "CountryCode") is null))
        {
            var field = a.ValueKind != JsonValueKind.Object ? "Order.ShippingAddress"
                : name is null ? "Order.ShippingAddress.Name"
                : line1 is null ? "Order.ShippingAddress.AddressLine1"
                : Text(a, "City") is null ? "Order.ShippingAddress.City" : "Order.ShippingAddress.CountryCode";
            throw new InboundRejectedException(field, "Amazon did not share the ship-to address (restricted data: the application needs the "
                + "Direct-to-Consumer Shipping role); the OMS cannot ship the order without it.");
        }

        return a.ValueKind != JsonValueKind.Object || line1 is null ? null
            : new AddressRequest(name, line1, line2, Text(a, "PostalCode"), Text(a, "City"), Text(a, "CountryCode"), Text(a, "Phone"));
    }
}
