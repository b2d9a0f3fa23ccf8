using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Connectors.WooCommerce;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Connectors.WebshopPayloads;

namespace Oms.Server.Tests.Connectors;

/// <summary>The adapter's calls to WooCommerce's REST API v3, against the stand-in: each safe to repeat, faults retryable.</summary>
public sealed class WooCommerceOutboundTests(WooCommerceStandIn woo) : IClassFixture<WooCommerceStandIn>
{
    private readonly WooCommerceAdapter adapter = new(new PlainHttpClients());

    private ConnectorRuntime Shop(string secret = WooCommerceStandIn.ConsumerSecret) => Runtime(ConnectorKind.WooCommerce, "web",
        new JsonObject { ["baseUrl"] = woo.BaseUrl.ToString(), ["products"] = new JsonObject { ["Bar3"] = "22/23" } },
        new Dictionary<string, string>
        {
            ["webhookSecret"] = WooCommerceStandIn.WebhookSecret,
            ["consumerKey"] = WooCommerceStandIn.ConsumerKey,
            ["consumerSecret"] = secret,
        },
        WooCommerceAdapterTests.DemoSkus);

    private string NewOrder()
    {
        var order = Json("woocommerce", "order-727.json");
        var id = Random.Shared.Next(10_000, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        order["id"] = long.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
        woo.AddOrder(order.ToJsonString());
        return id;
    }

    private static ShipmentNotice Parcel(string order) => new($"shipment:{order}", order, "OMS-1", "PostNL", "3SWOO0000001",
        "https://tracking.example/3SWOO0000001", DateTime.UtcNow, [new NoticeLine("SKU-0001", "93", "315", 2)]);

    [Fact]
    public async Task A_shipment_adds_one_customer_note_with_the_tracking_and_completes_the_order_however_often_it_is_reported()
    {
        var order = NewOrder();

        await adapter.ConfirmShipmentAsync(Shop(), Parcel(order), CancellationToken.None);
        await adapter.ConfirmShipmentAsync(Shop(), Parcel(order), CancellationToken.None);

        var note = Assert.Single(woo.Notes(order));
        Assert.Contains("3SWOO0000001", note["note"]!.ToString(), StringComparison.Ordinal);
        Assert.True(note["customer_note"]!.GetValue<bool>());
        Assert.Equal("completed", woo.Status(order));
    }

    [Fact]
    public async Task A_failure_after_the_note_is_retried_without_a_second_note()
    {
        var order = NewOrder();
        woo.FailNext(ShopFault.RateLimited(TimeSpan.Zero));

        var e = await Assert.ThrowsAsync<ChannelCallException>(() => adapter.ConfirmShipmentAsync(Shop(), Parcel(order), CancellationToken.None));
        woo.FailNext(ShopFault.ServerError);
        await Assert.ThrowsAnyAsync<ChannelCallException>(() => adapter.ConfirmShipmentAsync(Shop(), Parcel(order), CancellationToken.None));
        await adapter.ConfirmShipmentAsync(Shop(), Parcel(order), CancellationToken.None);

        Assert.True(e.Retry);
        Assert.Single(woo.Notes(order));
        Assert.Equal(["completed"], woo.StatusHistory(order));
    }

    [Fact]
    public async Task Wrong_credentials_are_refused_and_retryable_once_fixed()
    {
        var order = NewOrder();

        var e = await Assert.ThrowsAsync<ChannelCallException>(() => adapter.ConfirmShipmentAsync(Shop("cs_wrong"), Parcel(order), CancellationToken.None));

        Assert.True(e.Retry);
        Assert.Contains("401", e.Message, StringComparison.Ordinal);
        Assert.Equal("processing", woo.Status(order));
    }

    [Fact]
    public async Task A_whole_cancellation_sets_cancelled_and_a_partial_one_leaves_one_private_note()
    {
        var whole = NewOrder();
        var partial = NewOrder();
        var lines = new CancellationNotice("c:partial", partial, "OMS-2", "Out of stock", WholeOrder: false, [new NoticeLine("SKU-0002", "Bar3", "316", 1)]);

        await adapter.ReportCancellationAsync(Shop(), new CancellationNotice("c:whole", whole, "OMS-1", "Out of stock", true, []), CancellationToken.None);
        await adapter.ReportCancellationAsync(Shop(), lines, CancellationToken.None);
        await adapter.ReportCancellationAsync(Shop(), lines, CancellationToken.None);

        Assert.Equal("cancelled", woo.Status(whole));
        var note = Assert.Single(woo.Notes(partial));
        Assert.False(note["customer_note"]!.GetValue<bool>());
        Assert.Contains("1 x Bar3", note["note"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("processing", woo.Status(partial));
    }

    [Fact]
    public async Task A_refund_is_made_once_through_the_gateway_however_often_it_is_reported()
    {
        var order = NewOrder();
        var notice = new RefundNotice("refund:1", order, "OMS-1", 12.90m, "USD", "Returned", [new NoticeLine("SKU-0002", "Bar3", "316", 1)]);

        await adapter.ReportRefundAsync(Shop(), notice, CancellationToken.None);
        await adapter.ReportRefundAsync(Shop(), notice, CancellationToken.None);

        var refund = Assert.Single(woo.Refunds(order));
        Assert.Equal(("12.90", "Returned", true), (refund["amount"]!.ToString(), refund["reason"]!.ToString(), refund["refunded_payment"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_refund_beyond_the_order_total_is_refused_for_good()
    {
        var order = NewOrder();

        var e = await Assert.ThrowsAsync<ChannelCallException>(() => adapter.ReportRefundAsync(Shop(),
            new RefundNotice("refund:big", order, "OMS-1", 100m, "USD", "Goodwill", []), CancellationToken.None));

        Assert.False(e.Retry);
    }

    [Fact]
    public async Task Stock_is_set_by_batch_for_products_and_variations_with_negative_availability_as_zero()
    {
        await adapter.PushAvailabilityAsync(Shop(), [
            new SkuAvailability("SKU-0001", "93", 12),
            new SkuAvailability("SKU-0002", "Bar3", -1),
            new SkuAvailability("SKU-0009", "SKU-0009", 5),
        ], CancellationToken.None);

        Assert.Equal((12, 0), (woo.Stock("93"), woo.Stock("22/23")));
        Assert.Contains(woo.Requests, r => r.Path == "/wp-json/wc/v3/products/batch" && r.Status == 200);
        Assert.Contains(woo.Requests, r => r.Path == "/wp-json/wc/v3/products/22/variations/batch" && r.Status == 200);
    }

    [Fact]
    public async Task A_503_page_from_the_host_is_a_retryable_failure()
    {
        woo.FailNext(ShopFault.Unavailable);

        var e = await Assert.ThrowsAsync<ChannelCallException>(() =>
            adapter.PushAvailabilityAsync(Shop(), [new SkuAvailability("SKU-0001", "93", 1)], CancellationToken.None));

        Assert.True(e.Retry);
    }
}
