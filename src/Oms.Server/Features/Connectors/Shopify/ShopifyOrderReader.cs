using System.Globalization;
using System.Text.Json;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.Shopify;

/// <summary>
/// A Shopify order (the body of <c>orders/create</c>, as the Admin REST API renders an order) as the OMS's capture request.
/// Lines keep Shopify's <c>line_items[].id</c> as their channel line id; discounts come from <c>discount_allocations</c>, tax
/// from <c>tax_lines</c>; with <c>taxes_included</c> the prices are made net (<see cref="ShopifyTax"/>). The shipping charge
/// is what the customer paid for shipping (with its tax when prices exclude tax), so the OMS total equals Shopify's. A POS
/// order (<c>source_name: "pos"</c>) is carried out at the store its <c>location_id</c> maps to. No payment is captured:
/// Shopify settles the money itself.
/// </summary>
internal static class ShopifyOrderReader
{
    public static CaptureOrderRequest Read(JsonElement order, ConnectorRuntime connector)
    {
        var mapping = connector.Mapping;
        var id = ShopifyJson.Id(order, "id") ?? throw new InboundRejectedException("id", "The order has no id.");
        var taxesIncluded = ShopifyJson.Flag(order, "taxes_included") ?? mapping.PricesIncludeTax;
        var pos = string.Equals(ShopifyJson.Text(order, "source_name"), "pos", StringComparison.OrdinalIgnoreCase);

        string? store = null;
        DeliveryMethod delivery;
        if (pos)
        {
            var location = ShopifyJson.Id(order, "location_id")
                ?? throw new InboundRejectedException("location_id", "A POS order has no location_id.");
            store = mapping.Location(location, "location_id");
            delivery = DeliveryMethod.CarryOut;
        }
        else
        {
            delivery = Delivery(order, mapping);
        }

        var shipping = ShopifyJson.Child(order, "shipping_address") is { ValueKind: JsonValueKind.Object } s ? Address(s) : null;
        if (delivery == DeliveryMethod.ShipToAddress && shipping is null)
            throw new InboundRejectedException("shipping_address", "The order ships to an address but has no shipping_address.");

        var lines = ShopifyJson.Items(order, "line_items").Select((l, i) => Line(l, i, taxesIncluded, delivery, mapping)).ToList();
        if (lines.Count == 0) throw new InboundRejectedException("line_items", "The order has no line items.");

        return new CaptureOrderRequest(
            Channel: connector.Channel,
            ChannelOrderId: id,
            Type: null,
            Currency: ShopifyJson.Text(order, "currency"),
            Customer: Customer(order),
            ShippingAddress: pos ? null : shipping,
            BillingAddress: ShopifyJson.Child(order, "billing_address") is { ValueKind: JsonValueKind.Object } b ? Address(b) : null,
            SellingLocation: store,
            ShippingCharge: pos ? null : ShippingCharge(order, taxesIncluded),
            Lines: lines,
            Payments: null);
    }

    private static OrderLineRequest Line(JsonElement line, int i, bool taxesIncluded, DeliveryMethod delivery, ConnectorMapping mapping)
    {
        var at = $"line_items[{i.ToString(CultureInfo.InvariantCulture)}]";
        var sku = mapping.Sku(ShopifyJson.Text(line, "sku"), $"{at}.sku");
        var quantity = ShopifyJson.Quantity(line, $"{at}.quantity");
        var price = ShopifyJson.Money(line, "price", $"{at}.price", absent: null);
        var discount = ShopifyJson.Child(line, "discount_allocations") is not null
            ? ShopifyJson.Items(line, "discount_allocations").Select((d, j) => ShopifyJson.Money(d, "amount",
                $"{at}.discount_allocations[{j.ToString(CultureInfo.InvariantCulture)}].amount")).Sum()
            : ShopifyJson.Money(line, "total_discount", $"{at}.total_discount");
        var tax = ShopifyJson.Items(line, "tax_lines")
            .Select((t, j) => ShopifyJson.Money(t, "price", $"{at}.tax_lines[{j.ToString(CultureInfo.InvariantCulture)}].price")).Sum();
        if (taxesIncluded) (price, discount) = ShopifyTax.Net(price, quantity, discount, tax);

        return new OrderLineRequest(sku, quantity, price, discount, tax, null, delivery, null, null, ShopifyJson.Id(line, "id"));
    }

    /// <summary>The first shipping line's <c>code</c> when the mapping knows it, else its <c>title</c>, else the default.</summary>
    private static DeliveryMethod Delivery(JsonElement order, ConnectorMapping mapping)
    {
        var first = ShopifyJson.Items(order, "shipping_lines").FirstOrDefault();
        var code = ShopifyJson.Text(first, "code");
        return code is not null && mapping.ShippingMethods?.ContainsKey(code) == true
            ? mapping.Delivery(code)
            : mapping.Delivery(ShopifyJson.Text(first, "title"));
    }

    private static decimal ShippingCharge(JsonElement order, bool taxesIncluded) =>
        ShopifyJson.Items(order, "shipping_lines").Select((s, i) =>
        {
            var at = $"shipping_lines[{i.ToString(CultureInfo.InvariantCulture)}]";
            var price = ShopifyJson.Money(s, "discounted_price", $"{at}.discounted_price", absent: ShopifyJson.Money(s, "price", $"{at}.price"));
            var tax = taxesIncluded ? 0m : ShopifyJson.Items(s, "tax_lines").Select(t => ShopifyJson.Money(t, "price", $"{at}.tax_lines")).Sum();
            return price + tax;
        }).Sum();

    private static CustomerRequest? Customer(JsonElement order)
    {
        var customer = ShopifyJson.Child(order, "customer") ?? default;
        var email = ShopifyJson.Text(order, "email") is { Length: > 0 } e ? e
            : ShopifyJson.Text(order, "contact_email") ?? ShopifyJson.Text(customer, "email");
        var name = Join(ShopifyJson.Text(customer, "first_name"), ShopifyJson.Text(customer, "last_name"))
            ?? ShopifyJson.Text(ShopifyJson.Child(order, "billing_address") ?? default, "name");
        var phone = ShopifyJson.Text(order, "phone") ?? ShopifyJson.Text(customer, "phone");
        return email is null && name is null && phone is null ? null : new CustomerRequest(email, name, phone);
    }

    private static AddressRequest Address(JsonElement a)
    {
        double? lat = a.TryGetProperty("latitude", out var la) && la.ValueKind == JsonValueKind.Number ? la.GetDouble() : null;
        double? lon = a.TryGetProperty("longitude", out var lo) && lo.ValueKind == JsonValueKind.Number ? lo.GetDouble() : null;
        return new AddressRequest(
            ShopifyJson.Text(a, "name") ?? Join(ShopifyJson.Text(a, "first_name"), ShopifyJson.Text(a, "last_name")),
            ShopifyJson.Text(a, "address1"), ShopifyJson.Text(a, "address2"), ShopifyJson.Text(a, "zip"), ShopifyJson.Text(a, "city"),
            ShopifyJson.Text(a, "country_code"), ShopifyJson.Text(a, "phone"),
            lat.HasValue && lon.HasValue ? lat : null, lat.HasValue && lon.HasValue ? lon : null);
    }

    private static string? Join(string? first, string? last) =>
        string.Join(' ', new[] { first, last }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } n ? n : null;
}
