using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Domain.Orders;
using Oms.Server.Core.Inbox;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Connectors.Shopify;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Connectors.WebshopPayloads;

namespace Oms.Server.Tests.Connectors;

/// <summary>Shopify's webhooks read by the adapter: the signature, the dedup key, and the public sample order as a capture.</summary>
public sealed class ShopifyAdapterTests
{
    private readonly ShopifyAdapter adapter = new(new PlainHttpClients());

    private static ConnectorRuntime Shop(ConnectorMapping? mapping = null, JsonObject? settings = null) => Runtime(ConnectorKind.Shopify, "web",
        settings ?? new JsonObject { ["baseUrl"] = "http://127.0.0.1:1/", ["shopDomain"] = ShopifyStandIn.ShopDomain },
        new Dictionary<string, string> { ["clientSecret"] = ShopifyStandIn.ClientSecret, ["accessToken"] = ShopifyStandIn.AccessToken },
        mapping ?? new ConnectorMapping(Skus: new Dictionary<string, string> { ["IPOD2008PINK"] = "SKU-0001" }));

    private static ChannelWebhook Signed(string body, string topic = ShopifyAdapter.OrdersCreate, string? signature = null,
        string shop = ShopifyStandIn.ShopDomain) =>
        Webhook(body, ("X-Shopify-Hmac-Sha256", signature ?? ShopifyStandIn.Sign(body)), ("X-Shopify-Topic", topic),
            ("X-Shopify-Shop-Domain", shop), ("X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"));

    [Fact]
    public void A_signed_webhook_becomes_an_envelope_keyed_by_its_webhook_id_with_the_body_unchanged()
    {
        var body = Text("shopify", "orders-create.json");

        var envelope = adapter.ReadWebhook(Shop(), Signed(body));

        Assert.Equal(("orders/create", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043", body), (envelope.MessageType, envelope.DedupKey, envelope.Body));
        Assert.Equal(ShopifyStandIn.ShopDomain, envelope.Headers!["X-Shopify-Shop-Domain"]);
        Assert.DoesNotContain(envelope.Headers!.Keys, k => k.Contains("Hmac", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("not base64 at all")]
    [InlineData("")]
    public void A_webhook_not_signed_with_the_client_secret_is_refused(string signedWith)
    {
        var body = Text("shopify", "orders-create.json");
        var signature = signedWith.Contains(' ', StringComparison.Ordinal) || signedWith.Length == 0 ? signedWith : ShopifyStandIn.Sign(body, signedWith);

        Assert.Throws<WebhookRefusedException>(() => adapter.ReadWebhook(Shop(), Signed(body, signature: signature)));
    }

    [Fact]
    public void A_body_changed_after_signing_is_refused()
    {
        var body = Text("shopify", "orders-create.json");
        var webhook = Signed(body);
        var tampered = Webhook(body.Replace("\"199.00\"", "\"1.00\"", StringComparison.Ordinal), [.. webhook.Headers.Select(h => (h.Key, h.Value))]);

        Assert.Throws<WebhookRefusedException>(() => adapter.ReadWebhook(Shop(), tampered));
    }

    [Fact]
    public void A_webhook_from_another_shop_is_refused()
    {
        var body = Text("shopify", "orders-create.json");

        Assert.Throws<WebhookRefusedException>(() => adapter.ReadWebhook(Shop(), Signed(body, shop: "someone-else.myshopify.com")));
    }

    [Fact]
    public void The_sample_order_is_captured_with_its_64_bit_ids_money_from_strings_and_the_line_discount()
    {
        var capture = Assert.IsType<ChannelInstruction.Capture>(adapter.Interpret(Shop(), Message("orders/create", Text("shopify", "orders-create.json"))));
        var order = capture.Order;

        Assert.Equal(("web", "820982911946154508", "USD"), (order.Channel, order.ChannelOrderId, order.Currency));
        Assert.Equal(("jon@doe.ca", "John Smith"), (order.Customer!.Email, order.Customer.Name));
        Assert.Equal(("Steve Shipper", "123 Shipping Street", "40003", "Shippington", "US"),
            (order.ShippingAddress!.Name, order.ShippingAddress.Line1, order.ShippingAddress.PostalCode, order.ShippingAddress.City, order.ShippingAddress.Country));
        Assert.Equal(("Bob Biller", "US"), (order.BillingAddress!.Name, order.BillingAddress.Country));
        Assert.Equal(10.00m, order.ShippingCharge);
        Assert.Null(order.Payments);
        Assert.Collection(order.Lines!,
            l => Assert.Equal(("SKU-0001", 1, 199.00m, 0m, 0m, DeliveryMethod.ShipToAddress, "866550311766439020"),
                (l!.Sku, l.Quantity!.Value, l.UnitPrice!.Value, l.Discount!.Value, l.Tax!.Value, l.DeliveryMethod!.Value, l.ChannelLineId)),
            l => Assert.Equal(("SKU-0001", 1, 199.00m, 5.00m, 0m, "141249953214522974"),
                (l!.Sku, l.Quantity!.Value, l.UnitPrice!.Value, l.Discount!.Value, l.Tax!.Value, l.ChannelLineId)));
    }

    [Fact]
    public void Tax_inclusive_prices_become_net_prices_and_tax_with_the_same_total()
    {
        var order = Json("shopify", "orders-create.json");
        order["taxes_included"] = true;
        var line = order["line_items"]![1]!;
        line["quantity"] = 3;
        line["tax_lines"] = new JsonArray(new JsonObject { ["price"] = "98.78", ["rate"] = 0.21, ["title"] = "BTW" });

        var capture = (ChannelInstruction.Capture)adapter.Interpret(Shop(), Message("orders/create", order.ToJsonString()));
        var l = capture.Order.Lines![1]!;

        // Shopify charged 3 x 199.00 - 5.00 = 592.00 with 98.78 tax in it.
        Assert.Equal(592.00m, l.UnitPrice!.Value * 3 - l.Discount!.Value + l.Tax!.Value);
        Assert.Equal(98.78m, l.Tax.Value);
        Assert.Equal(165.80m, l.UnitPrice.Value);
        Assert.Equal(4.18m, l.Discount.Value); // 5.00 gross is 4.17 net, and a cent of rounding
    }

    [Fact]
    public void A_POS_order_is_carried_out_at_the_store_its_location_maps_to()
    {
        var order = Json("shopify", "orders-create.json");
        order["source_name"] = "pos";
        order["location_id"] = JsonValue.Create(48752903L);
        var mapping = new ConnectorMapping(new Dictionary<string, string> { ["IPOD2008PINK"] = "SKU-0001" },
            new Dictionary<string, string> { ["48752903"] = "STORE-UTR" });

        var capture = (ChannelInstruction.Capture)adapter.Interpret(Shop(mapping), Message("orders/create", order.ToJsonString()));

        Assert.Equal("STORE-UTR", capture.Order.SellingLocation);
        Assert.Null(capture.Order.ShippingAddress);
        Assert.All(capture.Order.Lines!, l => Assert.Equal(DeliveryMethod.CarryOut, l!.DeliveryMethod));
    }

    [Fact]
    public void A_POS_order_from_an_unmapped_location_is_rejected_naming_location_id()
    {
        var order = Json("shopify", "orders-create.json");
        order["source_name"] = "pos";
        order["location_id"] = JsonValue.Create(48752903L);

        var e = Assert.Throws<InboundRejectedException>(() => adapter.Interpret(Shop(), Message("orders/create", order.ToJsonString())));

        Assert.Equal("location_id", e.Field);
    }

    [Fact]
    public void A_line_without_a_sku_is_rejected_naming_the_line_in_Shopify_terms()
    {
        var order = Json("shopify", "orders-create.json");
        order["line_items"]![1]!["sku"] = "";

        var e = Assert.Throws<InboundRejectedException>(() => adapter.Interpret(Shop(), Message("orders/create", order.ToJsonString())));

        Assert.Equal("line_items[1].sku", e.Field);
    }

    [Fact]
    public void A_price_that_is_not_an_amount_is_rejected_naming_it()
    {
        var order = Json("shopify", "orders-create.json");
        order["line_items"]![0]!["price"] = "one hundred";

        var e = Assert.Throws<InboundRejectedException>(() => adapter.Interpret(Shop(), Message("orders/create", order.ToJsonString())));

        Assert.Equal("line_items[0].price", e.Field);
    }

    [Fact]
    public void The_cancelled_webhook_cancels_the_order_by_its_Shopify_id_with_the_reason()
    {
        var cancel = Assert.IsType<ChannelInstruction.Cancel>(adapter.Interpret(Shop(), Message("orders/cancelled", Text("shopify", "orders-cancelled.json"))));

        Assert.Equal("820982911946154508", cancel.ChannelOrderId);
        Assert.Contains("customer", cancel.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_topics_are_ignored()
    {
        Assert.IsType<ChannelInstruction.Ignore>(adapter.Interpret(Shop(), Message("orders/updated", Text("shopify", "orders-create.json"))));
    }

    [Fact]
    public void A_shipping_method_mapped_by_title_decides_the_delivery_method()
    {
        var mapping = new ConnectorMapping(new Dictionary<string, string> { ["IPOD2008PINK"] = "SKU-0001" },
            ShippingMethods: new Dictionary<string, DeliveryMethod> { ["Generic Shipping"] = DeliveryMethod.CarrierPickupPoint });

        var e = Assert.Throws<InboundRejectedException>(() => adapter.Interpret(Shop(mapping), Message("orders/create", "[]")));
        var capture = (ChannelInstruction.Capture)adapter.Interpret(Shop(mapping), Message("orders/create", Text("shopify", "orders-create.json")));

        Assert.Null(e.Field);
        Assert.All(capture.Order.Lines!, l => Assert.Equal(DeliveryMethod.CarrierPickupPoint, l!.DeliveryMethod));
    }
}
