using System.Text.Json;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.WooCommerce;

/// <summary>
/// A WooCommerce order (REST v3 order, the body of <c>order.created</c> / <c>order.updated</c>) as the OMS's capture request.
/// WooCommerce stores line amounts without tax whatever <c>prices_include_tax</c> says: <c>subtotal</c> is the line before
/// discounts, <c>total</c> after them and <c>total_tax</c> its tax, so the unit price is <c>subtotal / quantity</c> rounded up
/// to cents and the discount takes up the rest. A line's channel SKU is its <c>sku</c>, or its variation or product id when
/// the shop keeps no SKU (map those ids in the connector's SKU mapping). The shipping charge is the shipping lines' totals
/// with their tax; <c>fee_lines</c> are not carried into the OMS. No payment: WooCommerce's gateway settles it.
/// </summary>
internal static class WooOrderReader
{
    public static CaptureOrderRequest Read(JsonElement order, ConnectorRuntime connector)
    {
        var mapping = connector.Mapping;
        var id = WooJson.Id(order, "id") ?? throw new InboundRejectedException("id", "The order has no id.");
        var delivery = Delivery(order, mapping);
        var billing = WooJson.Child(order, "billing");
        var shipping = Address(WooJson.Child(order, "shipping")) ?? Address(billing);
        if (delivery == DeliveryMethod.ShipToAddress && shipping is null)
            throw new InboundRejectedException("shipping.address_1", "The order ships to an address but has no shipping address.");

        var lines = WooJson.Items(order, "line_items").Select((l, i) => Line(l, i, delivery, mapping)).ToList();
        if (lines.Count == 0) throw new InboundRejectedException("line_items", "The order has no line items.");

        var shippingCharge = WooJson.Items(order, "shipping_lines").Select((s, i) =>
            WooJson.Money(s, "total", WooJson.Field("shipping_lines", i, "total"))
            + WooJson.Money(s, "total_tax", WooJson.Field("shipping_lines", i, "total_tax"))).Sum();

        return new CaptureOrderRequest(
            Channel: connector.Channel,
            ChannelOrderId: id,
            Type: null,
            Currency: WooJson.Text(order, "currency"),
            Customer: Customer(billing),
            ShippingAddress: shipping,
            BillingAddress: Address(billing),
            SellingLocation: null,
            ShippingCharge: shippingCharge,
            Lines: lines,
            Payments: null);
    }

    private static OrderLineRequest Line(JsonElement line, int i, DeliveryMethod delivery, ConnectorMapping mapping)
    {
        var channelSku = WooJson.Text(line, "sku") ?? WooJson.Id(line, "variation_id") ?? WooJson.Id(line, "product_id");
        var sku = mapping.Sku(channelSku, WooJson.Field("line_items", i, "sku"));
        var quantity = WooJson.Quantity(line, WooJson.Field("line_items", i, "quantity"));
        var subtotal = WooJson.Money(line, "subtotal", WooJson.Field("line_items", i, "subtotal"));
        var total = WooJson.Money(line, "total", WooJson.Field("line_items", i, "total"));
        var unit = WooJson.CeilCents(subtotal / quantity);
        var discount = unit * quantity - total;
        if (discount < 0m) throw new InboundRejectedException(WooJson.Field("line_items", i, "total"), "The line's total is more than its subtotal.");
        var tax = WooJson.Money(line, "total_tax", WooJson.Field("line_items", i, "total_tax"));
        return new OrderLineRequest(sku, quantity, unit, discount, tax, null, delivery, null, null, WooJson.Id(line, "id"));
    }

    /// <summary>The first shipping line's <c>method_id</c> when the mapping knows it, else its <c>method_title</c>, else the default.</summary>
    private static DeliveryMethod Delivery(JsonElement order, ConnectorMapping mapping)
    {
        var first = WooJson.Items(order, "shipping_lines").FirstOrDefault();
        var method = WooJson.Text(first, "method_id");
        return method is not null && mapping.ShippingMethods?.ContainsKey(method) == true
            ? mapping.Delivery(method)
            : mapping.Delivery(WooJson.Text(first, "method_title"));
    }

    private static CustomerRequest? Customer(JsonElement billing)
    {
        var email = WooJson.Text(billing, "email");
        var name = Name(billing);
        var phone = WooJson.Text(billing, "phone");
        return email is null && name is null && phone is null ? null : new CustomerRequest(email, name, phone);
    }

    private static AddressRequest? Address(JsonElement a) => WooJson.Text(a, "address_1") is null ? null
        : new AddressRequest(Name(a), WooJson.Text(a, "address_1"), WooJson.Text(a, "address_2"), WooJson.Text(a, "postcode"),
            WooJson.Text(a, "city"), WooJson.Text(a, "country"), WooJson.Text(a, "phone"));

    private static string? Name(JsonElement a) =>
        string.Join(' ', new[] { WooJson.Text(a, "first_name"), WooJson.Text(a, "last_name") }.Where(p => p is not null)) is { Length: > 0 } n
            ? n : WooJson.Text(a, "company");
}
