using System.Globalization;
using System.Text.Json;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.Bol;

/// <summary>
/// Reads a bol.com order (<c>GET /retailer/orders/{orderId}</c> as bol answered it) into what the OMS does. Only items fulfilled
/// by the retailer (FBR) are the OMS's: an order of FBB items only is ignored (bol ships it). Every FBR item with a
/// cancellation request from the customer: the order is cancelled. Otherwise the FBR units not cancelled are captured. The
/// channel SKU is the offer's <c>reference</c> (the retailer's own), else the product's EAN, mapped through the connector's
/// SKU map. bol's <c>unitPrice</c> is a consumer price with VAT and bol gives no VAT amount: the VAT is worked out at the
/// connector's <c>vatRate</c> setting (percent, default 21) and the OMS line gets the net unit price rounded up to the cent
/// with the rounding as its discount, so its total is exactly bol's. bol charges the customer no separate shipping.
/// </summary>
internal static class BolOrderReader
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
            var order = doc.RootElement;
            var id = Text(order, "orderId") ?? throw new InboundRejectedException("orderId", "The order has no orderId.");
            var items = Child(order, "orderItems");
            if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
                throw new InboundRejectedException("orderItems", $"Order {id} has no orderItems.");
            var fbr = items.EnumerateArray().Select((item, i) => (item, i))
                .Where(x => Text(Child(x.item, "fulfilment"), "method") != "FBB").ToList();
            if (fbr.Count == 0) return new ChannelInstruction.Ignore($"Order {id} is fulfilled by bol.com (FBB): bol ships it, not the OMS.");
            if (fbr.All(x => Child(x.item, "cancellationRequest").ValueKind == JsonValueKind.True))
                return new ChannelInstruction.Cancel(id, "The customer asked bol.com to cancel.");
            return new ChannelInstruction.Capture(Capture(c, id, order, fbr));
        }
    }

    private static CaptureOrderRequest Capture(ConnectorRuntime c, string id, JsonElement order, List<(JsonElement Item, int Index)> items)
    {
        var rate = decimal.TryParse(c.Settings["vatRate"]?.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var r) ? r : 21m;
        var delivery = c.Mapping.Delivery(Text(Child(items[0].Item, "fulfilment"), "deliveryCode"));
        var lines = new List<OrderLineRequest?>();
        foreach (var (item, index) in items)
        {
            var field = $"orderItems[{index}]";
            var quantity = Int(item, "quantity") - Int(item, "quantityCancelled");
            if (quantity <= 0) continue;
            var channelSku = Text(Child(item, "offer"), "reference") ?? Text(Child(item, "product"), "ean");
            var sku = c.Mapping.Sku(channelSku, Text(Child(item, "offer"), "reference") is null ? $"{field}.product.ean" : $"{field}.offer.reference");
            var price = Child(item, "unitPrice");
            if (price.ValueKind != JsonValueKind.Number || !price.TryGetDecimal(out var unitPrice))
                throw new InboundRejectedException($"{field}.unitPrice", "The item has no unitPrice.");
            var gross = unitPrice * quantity;
            var tax = Math.Round(gross * rate / (100m + rate), 2);
            var net = gross - tax;
            var unit = Math.Ceiling(net / quantity * 100m) / 100m;
            lines.Add(new OrderLineRequest(sku, quantity, unit, unit * quantity - net, tax, "EUR", delivery, null, null, Text(item, "orderItemId")));
        }

        if (lines.Count == 0) throw new InboundRejectedException("orderItems", $"Order {id} has no unit left that is not cancelled.");
        var ship = Child(order, "shipmentDetails");
        var address = Address(ship);
        var name = address?.Name;
        return new CaptureOrderRequest(c.Channel, id, OrderType.Standard, "EUR",
            new CustomerRequest(Text(ship, "email"), name, Text(ship, "deliveryPhoneNumber")), address,
            Address(Child(order, "billingDetails")), null, 0m, lines);
    }

    private static AddressRequest? Address(JsonElement a)
    {
        if (a.ValueKind != JsonValueKind.Object) return null;
        var name = string.Join(' ', new[] { Text(a, "firstName"), Text(a, "surname") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var street = string.Join(' ', new[] { Text(a, "streetName"), Text(a, "houseNumber"), Text(a, "houseNumberExtension") }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        return new AddressRequest(name.Length == 0 ? Text(a, "company") : name, street.Length == 0 ? null : street,
            Text(a, "extraAddressInformation"), Text(a, "zipCode"), Text(a, "city"), Text(a, "countryCode"), Text(a, "deliveryPhoneNumber"));
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            && v.TryGetInt32(out var i) ? i : 0;

    private static JsonElement Child(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;
}
