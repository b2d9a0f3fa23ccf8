using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Connectors;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Connectors.Amazon;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Connectors.MarketplacePayloads;

namespace Oms.Server.Tests.Connectors;

/// <summary>
/// The Amazon SP-API adapter and poller against the public example payloads and the SP-API stand-in: what an order becomes,
/// paging, the cursor, rate limiting and server errors part-way (nothing lost, nothing twice), and what Amazon is sent.
/// </summary>
public abstract class AmazonConnectorTests(OmsFixture fx, AmazonSpApiStandIn amazon)
{
    private AmazonAdapter Adapter => new(fx.Services.GetRequiredService<IHttpClientFactory>(), fx.Clock);

    private AmazonPoller Poller => new(fx.Services.GetRequiredService<IHttpClientFactory>(), fx.Clock);

    private ConnectorRuntime Connector(ConnectorMapping? mapping = null, string? cursor = null, int maxPages = 3) => Runtime(ConnectorKind.Amazon,
        "amazon", new JsonObject
        {
            ["baseUrl"] = amazon.BaseUrl.ToString(), ["tokenUrl"] = amazon.TokenUrl.ToString(), ["marketplaceId"] = AmazonSpApiStandIn.MarketplaceId,
            ["sellerId"] = AmazonSpApiStandIn.SellerId, ["since"] = "2026-11-01T00:00:00Z", ["maxPages"] = maxPages.ToString(),
        },
        new() { ["clientId"] = AmazonSpApiStandIn.ClientId, ["clientSecret"] = AmazonSpApiStandIn.ClientSecret, ["refreshToken"] = AmazonSpApiStandIn.RefreshToken },
        mapping, cursor);

    private static JsonObject SandboxOrder(string id, string status = "Unshipped", string channel = "MFN", DateTime? updated = null)
    {
        var order = (JsonObject)Load("amazon", "getOrders.sandbox-unshipped.json")["payload"]!["Orders"]![0]!.DeepClone();
        order["AmazonOrderId"] = id;
        order["OrderStatus"] = status;
        order["FulfillmentChannel"] = channel;
        order["LastUpdateDate"] = (updated ?? OmsFixture.Start.UtcDateTime.AddHours(-1)).ToString("yyyy-MM-ddTHH:mm:ssZ");
        order["ShippingAddress"] = Load("amazon", "getOrders.example.json")["payload"]!["Orders"]![0]!["ShippingAddress"]!.DeepClone();
        return order;
    }

    private static JsonArray SandboxItems(int quantity = 1) =>
        new(Load("amazon", "getOrderItems.sandbox.json")["payload"]!["OrderItems"]!.AsArray()
            .Select(i => { var c = i!.DeepClone(); c["QuantityOrdered"] = quantity; return c; }).ToArray());

    private static JsonArray TwoItems()
    {
        var items = SandboxItems();
        items.Add(SandboxItems()[0]!.DeepClone());
        return items;
    }

    private static string Body(JsonObject order, JsonArray items) =>
        new JsonObject { ["Order"] = order.DeepClone(), ["OrderItems"] = items.DeepClone() }.ToJsonString();

    [Fact]
    public void The_public_example_order_that_is_pending_waits_for_payment()
    {
        var order = (JsonObject)Load("amazon", "getOrders.example.json")["payload"]!["Orders"]![0]!.DeepClone();
        var instruction = Adapter.Interpret(Connector(), Message(Body(order, [])));
        var ignore = Assert.IsType<ChannelInstruction.Ignore>(instruction);
        Assert.Contains("Pending", ignore.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sandbox_order_without_the_restricted_ship_to_address_is_rejected_naming_the_field()
    {
        var order = (JsonObject)Load("amazon", "getOrders.sandbox-unshipped.json")["payload"]!["Orders"]![0]!.DeepClone();
        var e = Assert.Throws<Oms.Server.Core.Inbox.InboundRejectedException>(() =>
            Adapter.Interpret(Connector(), Message(Body(order, SandboxItems()))));
        Assert.Equal("Order.ShippingAddress", e.Field);
        Assert.Contains("restricted data", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tax_inclusive_line_becomes_the_net_unit_price_a_rounding_discount_and_the_tax_that_add_up_to_amazons_total()
    {
        var mapping = new ConnectorMapping(Skus: new Dictionary<string, string> { ["NABetaASINB00551Q3CS"] = "SKU-0005" }, PricesIncludeTax: true);
        var capture = Assert.IsType<ChannelInstruction.Capture>(Adapter.Interpret(Connector(mapping), Message(Body(SandboxOrder("A-1"), SandboxItems(3)))));
        var line = Assert.Single(capture.Order.Lines!)!;
        Assert.Equal(("SKU-0005", 3, 3.00m, 0.01m, 1.01m, "05015851154158"), (line.Sku, line.Quantity, line.UnitPrice, line.Discount, line.Tax, line.ChannelLineId));
        Assert.Equal(10.00m, line.UnitPrice!.Value * 3 - line.Discount!.Value + line.Tax!.Value);
        Assert.Equal(("amazon", "A-1", "USD"), (capture.Order.Channel, capture.Order.ChannelOrderId, capture.Order.Currency));
        Assert.Equal(("Michigan address", "1 Cross St.", "48817", "US"), (capture.Order.ShippingAddress!.Name, capture.Order.ShippingAddress.Line1,
            capture.Order.ShippingAddress.PostalCode, capture.Order.ShippingAddress.Country));
    }

    [Fact]
    public void Amazon_fulfilled_orders_are_ignored_and_cancelled_ones_cancel()
    {
        var afn = Assert.IsType<ChannelInstruction.Ignore>(Adapter.Interpret(Connector(), Message(Body(SandboxOrder("A-2", channel: "AFN"), []))));
        Assert.Contains("AFN", afn.Reason, StringComparison.Ordinal);
        var cancel = Assert.IsType<ChannelInstruction.Cancel>(Adapter.Interpret(Connector(), Message(Body(SandboxOrder("A-3", "Canceled"), []))));
        Assert.Equal("A-3", cancel.ChannelOrderId);
    }

    [Fact]
    public void An_unknown_sku_is_rejected_with_the_field_in_amazons_words()
    {
        var items = SandboxItems();
        items[0]!["SellerSKU"] = null;
        var e = Assert.Throws<Oms.Server.Core.Inbox.InboundRejectedException>(() => Adapter.Interpret(Connector(), Message(Body(SandboxOrder("A-4"), items))));
        Assert.Equal("OrderItems[0].SellerSKU", e.Field);
    }

    [Fact]
    public async Task Polling_reads_every_page_with_items_and_a_second_poll_from_the_cursor_finds_nothing_new()
    {
        amazon.Clock = fx.Clock;
        amazon.PageSize = 2;
        amazon.ItemPageSize = 1;
        var prefix = "P" + Guid.NewGuid().ToString("N")[..6];
        var ids = Enumerable.Range(1, 5).Select(i => $"{prefix}-{i}").ToList();
        foreach (var id in ids) amazon.Put(SandboxOrder(id, updated: fx.Clock.GetUtcNow().UtcDateTime.AddMinutes(-30)), TwoItems());
        var since = fx.Clock.GetUtcNow().UtcDateTime.AddMinutes(-31).ToString("O");
        var connector = Connector(cursor: new AmazonCursor(DateTime.Parse(since, null, System.Globalization.DateTimeStyles.RoundtripKind), null, null).Serialize());

        var batch = await Poller.PollAsync(connector, CancellationToken.None);
        Assert.False(batch.More);
        Assert.Equal(ids, batch.Messages.Select(m => m.Headers!["amazonOrderId"]));
        Assert.All(batch.Messages, m => Assert.Equal(2, JsonNode.Parse(m.Body)!["OrderItems"]!.AsArray().Count));

        var again = await Poller.PollAsync(connector with { Cursor = batch.NextCursor }, CancellationToken.None);
        Assert.DoesNotContain(again.Messages, m => m.Headers!["amazonOrderId"].StartsWith(prefix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("getOrders", MarketplaceFault.RateLimited, 1)]
    [InlineData("getOrderItems", MarketplaceFault.ServerError, 3)]
    [InlineData("getOrderItems", MarketplaceFault.Unavailable, 0)]
    public async Task A_fault_part_way_loses_nothing_and_the_cursor_stays_at_the_page_not_yet_read(string operation, MarketplaceFault fault, int after)
    {
        amazon.Clock = fx.Clock;
        amazon.PageSize = 2;
        amazon.ItemPageSize = 100;
        var start = fx.Clock.GetUtcNow().UtcDateTime.AddMinutes(-20 - Random.Shared.Next(1000));
        var prefix = "F" + Guid.NewGuid().ToString("N")[..6];
        var ids = Enumerable.Range(1, 5).Select(i => $"{prefix}-{i}").ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i))) amazon.Put(SandboxOrder(id, updated: start.AddSeconds(i + 1)), SandboxItems());
        var connector = Connector(cursor: new AmazonCursor(start, null, null).Serialize(), maxPages: 10);
        amazon.FailNext(operation, fault, after);

        var seen = new List<string>();
        var polls = 0;
        PollBatch? batch = null;
        while (batch is null || batch.More)
        {
            Assert.True(++polls < 6, "polling did not finish");
            try
            {
                batch = await Poller.PollAsync(connector, CancellationToken.None);
            }
            catch (ChannelCallException e) when (e.Retry)
            {
                continue;
            }

            seen.AddRange(batch.Messages.Select(m => m.DedupKey).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)));
            connector = connector with { Cursor = batch.NextCursor };
        }

        Assert.Equal(ids, seen.Distinct().Select(k => k.Split('@')[0]).Order(StringComparer.Ordinal));
        Assert.Equal(5, seen.Distinct().Count());
    }

    [Fact]
    public async Task A_rate_limited_first_call_throws_with_the_wait_from_the_documented_rate()
    {
        amazon.FailNext("getOrders", MarketplaceFault.RateLimited);
        var e = await Assert.ThrowsAsync<ChannelCallException>(() => Poller.PollAsync(Connector(), CancellationToken.None));
        Assert.True(e.Retry);
        Assert.InRange(e.RetryAfter!.Value.TotalSeconds, 59, 61);
    }

    [Fact]
    public async Task A_shipment_is_confirmed_per_order_item_and_the_token_is_fetched_once()
    {
        var id = "S" + Guid.NewGuid().ToString("N")[..8];
        amazon.Put(SandboxOrder(id), SandboxItems());
        var connector = Connector();
        var tokensBefore = amazon.TokenRequests;
        var notice = new ShipmentNotice("shp-1", id, "ORD-1", "DHL", "JJD000390007", null, new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc),
            [new NoticeLine("SKU-0005", "NABetaASINB00551Q3CS", "05015851154158", 1)]);
        var adapter = Adapter;
        await adapter.ConfirmShipmentAsync(connector, notice, CancellationToken.None);
        await adapter.PushAvailabilityAsync(connector, [new SkuAvailability("SKU-0005", "NABetaASINB00551Q3CS", 7)], CancellationToken.None);

        var (orderId, body) = Assert.Single(amazon.Confirmations, c => c.OrderId == id);
        var package = body["packageDetail"]!;
        Assert.Equal(("DHL", "JJD000390007", "2026-11-02T10:00:00Z"), ((string?)package["carrierCode"], (string?)package["trackingNumber"], (string?)package["shipDate"]));
        Assert.Equal("05015851154158", (string?)package["orderItems"]![0]!["orderItemId"]);
        Assert.Equal(7, amazon.Quantities["NABetaASINB00551Q3CS"]);
        Assert.Equal(1, amazon.TokenRequests - tokensBefore);
    }

    [Fact]
    public async Task Cancellations_refunds_and_large_availability_batches_go_as_feeds()
    {
        var connector = Connector();
        var line = new NoticeLine("SKU-0005", "NABetaASINB00551Q3CS", "05015851154158", 1);
        await Adapter.ReportCancellationAsync(connector, new CancellationNotice("c-1", "C-1", "ORD-2", "Out of stock", false, [line]), CancellationToken.None);
        await Adapter.ReportRefundAsync(connector, new RefundNotice("r-1", "C-1", "ORD-2", 10.00m, "EUR", "Return", [line]), CancellationToken.None);
        var levels = Enumerable.Range(1, AmazonAdapter.PatchLimit + 1).Select(i => new SkuAvailability($"SKU-{i}", $"AMZ-{i}", i)).ToList();
        await Adapter.PushAvailabilityAsync(connector, levels, CancellationToken.None);

        var ack = amazon.Feeds.Last(f => f.FeedType == "POST_ORDER_ACKNOWLEDGEMENT_DATA").Content;
        Assert.Contains("<AmazonOrderID>C-1</AmazonOrderID>", ack, StringComparison.Ordinal);
        Assert.Contains("<StatusCode>Failure</StatusCode>", ack, StringComparison.Ordinal);
        Assert.Contains("<CancelReason>NoInventory</CancelReason>", ack, StringComparison.Ordinal);
        var adjustment = amazon.Feeds.Last(f => f.FeedType == "POST_PAYMENT_ADJUSTMENT_DATA").Content;
        Assert.Contains("<Amount currency=\"EUR\">10.00</Amount>", adjustment, StringComparison.Ordinal);
        var listings = JsonNode.Parse(amazon.Feeds.Last(f => f.FeedType == "JSON_LISTINGS_FEED").Content)!;
        Assert.Equal(AmazonAdapter.PatchLimit + 1, listings["messages"]!.AsArray().Count);
    }
}

public sealed class AmazonConnectorTests_Sqlite(SqliteFixture fx, AmazonSpApiStandIn amazon)
    : AmazonConnectorTests(fx, amazon), IClassFixture<SqliteFixture>, IClassFixture<AmazonSpApiStandIn>;

public sealed class AmazonConnectorTests_Postgres(PostgresFixture fx, AmazonSpApiStandIn amazon)
    : AmazonConnectorTests(fx, amazon), IClassFixture<PostgresFixture>, IClassFixture<AmazonSpApiStandIn>;
