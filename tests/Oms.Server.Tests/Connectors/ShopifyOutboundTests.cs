using System.Globalization;
using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Connectors.Shopify;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Connectors.WebshopPayloads;

namespace Oms.Server.Tests.Connectors;

/// <summary>
/// The adapter's calls to Shopify's Admin REST API, against the stand-in: fulfillments with tracking, cancellations,
/// refunds and inventory levels, each safe to repeat, and 429/5xx answers turned into retryable failures.
/// </summary>
public sealed class ShopifyOutboundTests(ShopifyStandIn shopify) : IClassFixture<ShopifyStandIn>
{
    private const long ItemOfSku1 = 808950810;
    private readonly ShopifyAdapter adapter = new(new PlainHttpClients());

    private ConnectorRuntime Shop(ShopifyStandIn? standIn = null, string token = ShopifyStandIn.AccessToken) => Runtime(ConnectorKind.Shopify, "web",
        new JsonObject
        {
            ["baseUrl"] = (standIn ?? shopify).BaseUrl.ToString(),
            ["shopDomain"] = ShopifyStandIn.ShopDomain,
            ["inventoryLocationId"] = ShopifyStandIn.LocationId.ToString(CultureInfo.InvariantCulture),
            ["inventoryItems"] = new JsonObject { ["IPOD2008PINK"] = ItemOfSku1, ["SKU-0002"] = "808950811", ["SKU-0003"] = "808950812" },
        },
        new Dictionary<string, string> { ["clientSecret"] = ShopifyStandIn.ClientSecret, ["accessToken"] = token },
        new ConnectorMapping(Skus: new Dictionary<string, string> { ["IPOD2008PINK"] = "SKU-0001" }));

    /// <summary>The sample order under fresh ids, known to the stand-in: (order id, first line id, second line id).</summary>
    private (string Order, string Line1, string Line2) SampleOrder()
    {
        var order = Json("shopify", "orders-create.json");
        var id = Random.Shared.NextInt64(1_000_000_000_000, 9_000_000_000_000_000_000);
        order["id"] = id;
        order["line_items"]![0]!["id"] = id + 1;
        order["line_items"]![1]!["id"] = id + 2;
        shopify.AddOrder(order.ToJsonString());
        return (Str(id), Str(id + 1), Str(id + 2));
    }

    private static string Str(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static ShipmentNotice Parcel(string order, params (string LineId, int Quantity)[] lines) => new($"shipment:{order}:1", order, "OMS-1",
        "PostNL", "3SABCD1234567", "https://tracking.example/3SABCD1234567", DateTime.UtcNow,
        [.. lines.Select(l => new NoticeLine("SKU-0001", "IPOD2008PINK", l.LineId, l.Quantity))]);

    [Fact]
    public async Task A_shipment_becomes_one_fulfillment_of_its_lines_with_tracking_and_a_repeat_adds_none()
    {
        var (order, line1, line2) = SampleOrder();

        await adapter.ConfirmShipmentAsync(Shop(), Parcel(order, (line1, 1), (line2, 1)), CancellationToken.None);
        await adapter.ConfirmShipmentAsync(Shop(), Parcel(order, (line1, 1), (line2, 1)), CancellationToken.None);

        var fulfillment = Assert.Single(shopify.Fulfillments, f => f["order_id"]!.ToString() == order);
        Assert.Equal(("PostNL", "3SABCD1234567"), (fulfillment["tracking_company"]!.ToString(), fulfillment["tracking_number"]!.ToString()));
        Assert.Equal([line1, line2], fulfillment["line_items"]!.AsArray().Select(l => l!["id"]!.ToString()));
        Assert.Contains(shopify.Requests, r => r.Path == $"/admin/api/2024-07/orders/{order}/fulfillment_orders.json");
    }

    [Fact]
    public async Task Two_parcels_of_one_order_are_two_fulfillments()
    {
        var (order, line1, line2) = SampleOrder();

        await adapter.ConfirmShipmentAsync(Shop(), Parcel(order, (line1, 1)), CancellationToken.None);
        await adapter.ConfirmShipmentAsync(Shop(), Parcel(order, (line2, 1)) with { Key = "second", TrackingNumber = "3SABCD7654321" }, CancellationToken.None);

        Assert.Equal(["3SABCD1234567", "3SABCD7654321"],
            shopify.Fulfillments.Where(f => f["order_id"]!.ToString() == order).Select(f => f["tracking_number"]!.ToString()));
    }

    [Fact]
    public async Task A_429_is_waited_out_as_Retry_After_says_and_the_call_goes_through_once()
    {
        var (order, line1, line2) = SampleOrder();
        shopify.FailNext(ShopFault.RateLimited(TimeSpan.FromSeconds(1)));

        await adapter.ConfirmShipmentAsync(Shop(), Parcel(order, (line1, 1), (line2, 1)), CancellationToken.None);

        Assert.Single(shopify.Fulfillments, f => f["order_id"]!.ToString() == order);
    }

    [Fact]
    public async Task A_429_asking_for_a_long_wait_is_a_retryable_failure_carrying_Retry_After_and_the_retry_fulfils_once()
    {
        var (order, line1, line2) = SampleOrder();
        shopify.FailNext(ShopFault.RateLimited(TimeSpan.FromSeconds(60)));

        var e = await Assert.ThrowsAsync<ChannelCallException>(() => adapter.ConfirmShipmentAsync(Shop(), Parcel(order, (line1, 1), (line2, 1)), CancellationToken.None));
        await adapter.ConfirmShipmentAsync(Shop(), Parcel(order, (line1, 1), (line2, 1)), CancellationToken.None);

        Assert.True(e.Retry);
        Assert.Equal(TimeSpan.FromSeconds(60), e.RetryAfter);
        Assert.Single(shopify.Fulfillments, f => f["order_id"]!.ToString() == order);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_server_error_is_a_retryable_failure(int status)
    {
        var (order, _, _) = SampleOrder();
        shopify.FailNext(new ShopFault(status));

        var e = await Assert.ThrowsAsync<ChannelCallException>(() => adapter.ReportCancellationAsync(Shop(),
            new CancellationNotice("c1", order, "OMS-1", "Out of stock", WholeOrder: true, []), CancellationToken.None));

        Assert.True(e.Retry);
        Assert.DoesNotContain(order, shopify.Cancelled);
    }

    [Fact]
    public async Task A_wrong_access_token_is_refused_by_Shopify_and_retryable_once_the_token_is_fixed()
    {
        var (order, line1, _) = SampleOrder();

        var e = await Assert.ThrowsAsync<ChannelCallException>(() => adapter.ConfirmShipmentAsync(Shop(token: "shpat_wrong"), Parcel(order, (line1, 1)), CancellationToken.None));

        Assert.True(e.Retry);
        Assert.Contains("401", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_cancellation_cancels_the_order_once_however_often_it_is_reported()
    {
        var (order, _, _) = SampleOrder();
        var notice = new CancellationNotice("c1", order, "OMS-1", "Out of stock", WholeOrder: true, []);

        await adapter.ReportCancellationAsync(Shop(), notice, CancellationToken.None);
        await adapter.ReportCancellationAsync(Shop(), notice, CancellationToken.None);

        Assert.Single(shopify.Cancelled, c => c == order);
    }

    [Fact]
    public async Task A_refund_pays_back_against_the_sale_transaction_once_however_often_it_is_reported()
    {
        var (order, _, line2) = SampleOrder();
        var notice = new RefundNotice("refund:1", order, "OMS-1", 194.00m, "USD", "Returned", [new NoticeLine("SKU-0001", "IPOD2008PINK", line2, 1)]);

        await adapter.ReportRefundAsync(Shop(), notice, CancellationToken.None);
        await adapter.ReportRefundAsync(Shop(), notice, CancellationToken.None);

        var refund = Assert.Single(shopify.Refunds, r => r["order_id"]!.ToString() == order);
        var transaction = refund["transactions"]![0]!;
        Assert.Equal(("194.00", "refund", "bogus"), (transaction["amount"]!.ToString(), transaction["kind"]!.ToString(), transaction["gateway"]!.ToString()));
        Assert.Equal(line2, refund["refund_line_items"]![0]!["line_item_id"]!.ToString());
    }

    [Fact]
    public async Task A_refund_beyond_what_was_paid_is_refused_for_good()
    {
        var (order, _, _) = SampleOrder();

        var e = await Assert.ThrowsAsync<ChannelCallException>(() => adapter.ReportRefundAsync(Shop(),
            new RefundNotice("refund:too-much", order, "OMS-1", 500m, "USD", "Goodwill", []), CancellationToken.None));

        Assert.False(e.Retry);
    }

    [Fact]
    public async Task Availability_sets_the_inventory_level_of_each_mapped_item_and_skips_untracked_skus()
    {
        await adapter.PushAvailabilityAsync(Shop(), [
            new SkuAvailability("SKU-0001", "IPOD2008PINK", 7),
            new SkuAvailability("SKU-0002", "SKU-0002", -3),
            new SkuAvailability("SKU-0099", "SKU-0099", 4),
        ], CancellationToken.None);

        Assert.Equal(7, shopify.Level(ItemOfSku1));
        Assert.Equal(0, shopify.Level(808950811));
    }

    [Fact]
    public async Task A_push_larger_than_the_leaky_bucket_waits_for_it_to_drain_and_sets_every_level()
    {
        await using var small = new SmallBucket();
        await small.Shop.InitializeAsync();
        IReadOnlyList<SkuAvailability> levels = [new("SKU-0001", "IPOD2008PINK", 1), new("SKU-0002", "SKU-0002", 2), new("SKU-0003", "SKU-0003", 3)];

        await adapter.PushAvailabilityAsync(Shop(small.Shop), levels, CancellationToken.None);

        Assert.Equal([1, 2, 3], new long[] { ItemOfSku1, 808950811, 808950812 }.Select(i => small.Shop.Level(i)));
        Assert.Contains(small.Shop.Requests, r => r.Status == 429);
    }

    private sealed class SmallBucket : IAsyncDisposable
    {
        public ShopifyStandIn Shop { get; } = new() { BucketSize = 2 };

        public async ValueTask DisposeAsync() => await Shop.DisposeAsync();
    }
}
