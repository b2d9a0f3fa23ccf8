using System.Text;
using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Domain.Orders;
using Oms.Server.Core.Inbox;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Connectors.WooCommerce;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Connectors.WebshopPayloads;

namespace Oms.Server.Tests.Connectors;

/// <summary>WooCommerce's webhooks read by the adapter: the signature, the dedup key, the reference order as a capture, statuses.</summary>
public sealed class WooCommerceAdapterTests
{
    private readonly WooCommerceAdapter adapter = new(new PlainHttpClients());

    internal static ConnectorMapping DemoSkus { get; } = new(Skus: new Dictionary<string, string> { ["93"] = "SKU-0001", ["Bar3"] = "SKU-0002" });

    private static ConnectorRuntime Shop(ConnectorMapping? mapping = null) => Runtime(ConnectorKind.WooCommerce, "web",
        new JsonObject { ["baseUrl"] = "http://127.0.0.1:1/" },
        new Dictionary<string, string>
        {
            ["webhookSecret"] = WooCommerceStandIn.WebhookSecret,
            ["consumerKey"] = WooCommerceStandIn.ConsumerKey,
            ["consumerSecret"] = WooCommerceStandIn.ConsumerSecret,
        },
        mapping ?? DemoSkus);

    private static ChannelWebhook Signed(string body, string topic = "order.created", string? signature = null, string delivery = "36e520eb") =>
        Webhook(body, ("X-WC-Webhook-Signature", signature ?? WooCommerceStandIn.Sign(body)), ("X-WC-Webhook-Topic", topic),
            ("X-WC-Webhook-Delivery-ID", delivery), ("X-WC-Webhook-ID", "3"));

    private static string WithStatus(string status, string modified = "2017-03-22T19:28:08")
    {
        var order = Json("woocommerce", "order-727.json");
        order["status"] = status;
        order["date_modified_gmt"] = modified;
        return order.ToJsonString();
    }

    [Fact]
    public void The_same_order_state_delivered_again_under_a_new_delivery_id_has_the_same_dedup_key()
    {
        var body = Text("woocommerce", "order-727.json");

        var first = adapter.ReadWebhook(Shop(), Signed(body, delivery: "36e520ebabc2fa725092ff4a47acedf2"));
        var again = adapter.ReadWebhook(Shop(), Signed(body, "order.updated", delivery: "9f1d0c2e5b7a4e3f8a6c1d2e3f4a5b6c"));
        var later = adapter.ReadWebhook(Shop(), Signed(WithStatus("cancelled", "2017-03-23T10:00:00"), "order.updated"));

        Assert.Equal(("order.created", body), (first.MessageType, first.Body));
        Assert.Equal(first.DedupKey, again.DedupKey);
        Assert.NotEqual(first.DedupKey, later.DedupKey);
    }

    [Fact]
    public void A_webhook_not_signed_with_the_webhook_secret_is_refused()
    {
        var body = Text("woocommerce", "order-727.json");

        Assert.Throws<WebhookRefusedException>(() => adapter.ReadWebhook(Shop(), Signed(body, signature: WooCommerceStandIn.Sign(body, "other"))));
        Assert.Throws<WebhookRefusedException>(() => adapter.ReadWebhook(Shop(), Webhook(body, ("X-WC-Webhook-Topic", "order.created"))));
    }

    [Fact]
    public void The_ping_sent_when_a_webhook_is_saved_is_accepted_and_ignored()
    {
        var ping = new ChannelWebhook(Encoding.UTF8.GetBytes("webhook_id=3"), new Dictionary<string, string>(), "application/x-www-form-urlencoded");

        var envelope = adapter.ReadWebhook(Shop(), ping);

        Assert.Equal(("ping", "ping:3"), (envelope.MessageType, envelope.DedupKey));
        Assert.IsType<ChannelInstruction.Ignore>(adapter.Interpret(Shop(), Message(envelope.MessageType, envelope.Body)));
    }

    [Fact]
    public void The_reference_order_is_captured_with_net_prices_tax_shipping_and_its_line_ids()
    {
        var capture = Assert.IsType<ChannelInstruction.Capture>(adapter.Interpret(Shop(), Message("order.created", Text("woocommerce", "order-727.json"))));
        var order = capture.Order;

        Assert.Equal(("web", "727", "USD"), (order.Channel, order.ChannelOrderId, order.Currency));
        Assert.Equal(("john.doe@example.com", "John Doe", "(555) 555-5555"), (order.Customer!.Email, order.Customer.Name, order.Customer.Phone));
        Assert.Equal(("John Doe", "969 Market", "94103", "San Francisco", "US"),
            (order.ShippingAddress!.Name, order.ShippingAddress.Line1, order.ShippingAddress.PostalCode, order.ShippingAddress.City, order.ShippingAddress.Country));
        Assert.Equal(10.00m, order.ShippingCharge);
        Assert.Null(order.Payments);
        Assert.Collection(order.Lines!,
            l => Assert.Equal(("SKU-0001", 2, 3.00m, 0m, 0.45m, "315"), (l!.Sku, l.Quantity!.Value, l.UnitPrice!.Value, l.Discount!.Value, l.Tax!.Value, l.ChannelLineId)),
            l => Assert.Equal(("SKU-0002", 1, 12.00m, 0m, 0.90m, "316"), (l!.Sku, l.Quantity!.Value, l.UnitPrice!.Value, l.Discount!.Value, l.Tax!.Value, l.ChannelLineId)));
        // WooCommerce's total: 29.35.
        Assert.Equal(29.35m, order.Lines!.Sum(l => l!.UnitPrice!.Value * l.Quantity!.Value - l.Discount!.Value + l.Tax!.Value) + order.ShippingCharge!.Value);
    }

    [Fact]
    public void A_discounted_line_keeps_its_subtotal_as_price_and_the_difference_as_discount()
    {
        var order = Json("woocommerce", "order-727.json");
        order["line_items"]![0]!["quantity"] = 3;
        order["line_items"]![0]!["subtotal"] = "10.00";
        order["line_items"]![0]!["total"] = "8.00";

        var capture = (ChannelInstruction.Capture)adapter.Interpret(Shop(), Message("order.created", order.ToJsonString()));
        var line = capture.Order.Lines![0]!;

        Assert.Equal((3.34m, 2.02m), (line.UnitPrice!.Value, line.Discount!.Value));
        Assert.Equal(8.00m, line.UnitPrice.Value * 3 - line.Discount.Value);
    }

    [Theory]
    [InlineData("processing", typeof(ChannelInstruction.Capture))]
    [InlineData("on-hold", typeof(ChannelInstruction.Capture))]
    [InlineData("cancelled", typeof(ChannelInstruction.Cancel))]
    [InlineData("pending", typeof(ChannelInstruction.Ignore))]
    [InlineData("completed", typeof(ChannelInstruction.Ignore))]
    [InlineData("refunded", typeof(ChannelInstruction.Ignore))]
    public void The_order_status_decides_what_the_OMS_does(string status, Type instruction)
    {
        Assert.IsType(instruction, adapter.Interpret(Shop(), Message("order.updated", WithStatus(status))));
    }

    [Fact]
    public void A_line_whose_product_is_not_mapped_is_captured_under_its_product_id_and_an_empty_sku_of_none_is_rejected_by_field()
    {
        var unmapped = (ChannelInstruction.Capture)adapter.Interpret(Shop(ConnectorMapping.Empty), Message("order.created", Text("woocommerce", "order-727.json")));
        var order = Json("woocommerce", "order-727.json");
        order["line_items"]![1]!["sku"] = "";
        order["line_items"]![1]!["product_id"] = 0;
        order["line_items"]![1]!["variation_id"] = 0;

        var e = Assert.Throws<InboundRejectedException>(() => adapter.Interpret(Shop(), Message("order.created", order.ToJsonString())));

        Assert.Equal(["93", "Bar3"], unmapped.Order.Lines!.Select(l => l!.Sku));
        Assert.Equal("line_items[1].sku", e.Field);
    }

    [Fact]
    public void A_shipping_method_id_mapped_to_a_delivery_method_is_used()
    {
        var mapping = DemoSkus with { ShippingMethods = new Dictionary<string, DeliveryMethod> { ["flat_rate"] = DeliveryMethod.CarrierPickupPoint } };

        var capture = (ChannelInstruction.Capture)adapter.Interpret(Shop(mapping), Message("order.created", Text("woocommerce", "order-727.json")));

        Assert.All(capture.Order.Lines!, l => Assert.Equal(DeliveryMethod.CarrierPickupPoint, l!.DeliveryMethod));
    }
}
