using System.Globalization;
using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Domain.Orders;
using Oms.Server.Features.Connectors;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Connectors.MarketplacePayloads;

namespace Oms.Server.Tests.Connectors;

/// <summary>
/// Amazon through the public API only: a connector is made, orders are polled from the SP-API stand-in (the public example
/// order, from a Dutch marketplace in euros), captured once however often they are read, shipped, cancelled either side and
/// confirmed to Amazon as it expects; a bad order is replayed after the mapping is fixed; available-to-sell is pushed;
/// 429 and 500 answers lose and double nothing. Each test has its own stand-in and its own channel.
/// </summary>
public abstract class AmazonRoundTripTests(OmsFixture fx) : IAsyncLifetime
{
    private const string ChannelSku = "NABetaASINB00551Q3CS";
    private const string OrderItemId = "05015851154158";

    private readonly AmazonSpApiStandIn amazon = new();
    private readonly ConnectorCalls api = new(fx);

    public async Task InitializeAsync()
    {
        amazon.Clock = fx.Clock;
        await amazon.InitializeAsync();
    }

    public Task DisposeAsync() => amazon.DisposeAsync();

    private DateTime Now => fx.Clock.GetUtcNow().UtcDateTime;

    private ConnectorRequest Request(string code, string channel, IReadOnlyDictionary<string, string> skus) => new(code, ConnectorKind.Amazon,
        channel, new JsonObject
        {
            ["baseUrl"] = amazon.BaseUrl.ToString(), ["tokenUrl"] = amazon.TokenUrl.ToString(),
            ["marketplaceId"] = AmazonSpApiStandIn.MarketplaceId, ["sellerId"] = AmazonSpApiStandIn.SellerId,
            ["since"] = Now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), ["maxPages"] = "10",
        },
        new Dictionary<string, string>
        {
            ["clientId"] = AmazonSpApiStandIn.ClientId, ["clientSecret"] = AmazonSpApiStandIn.ClientSecret,
            ["refreshToken"] = AmazonSpApiStandIn.RefreshToken,
        },
        new ConnectorMapping(Skus: skus, PricesIncludeTax: true));

    private async Task<string> ConnectAsync(string channel, string sku)
    {
        var code = channel == "marketplace" ? "amazon-nl" : channel + "-amz";
        await api.CreateAsync(Request(code, channel, new Dictionary<string, string> { [ChannelSku] = sku }));
        await fx.Api.StockOnlyAtAsync(sku, ("DC-CENTRAL", 20));
        return code;
    }

    /// <summary>
    /// The sandbox's Unshipped example order with the public example's ship-to address and buyer, in euros, last updated exactly at the
    /// edge Amazon reads up to (LastUpdatedBefore is two minutes before now, and LastUpdatedAfter includes its time), so every
    /// poll reads it again as Amazon does for an order updated at the edge.
    /// </summary>
    private JsonObject Order(string id, string status = "Unshipped", DateTime? updated = null)
    {
        var order = (JsonObject)Load("amazon", "getOrders.sandbox-unshipped.json")["payload"]!["Orders"]![0]!.DeepClone();
        order["AmazonOrderId"] = id;
        order["OrderStatus"] = status;
        order["MarketplaceId"] = AmazonSpApiStandIn.MarketplaceId;
        order["OrderTotal"]!["CurrencyCode"] = "EUR";
        order["LastUpdateDate"] = (updated ?? Now.AddMinutes(-2)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var example = Load("amazon", "getOrders.example.json")["payload"]!["Orders"]![0]!;
        order["ShippingAddress"] = example["ShippingAddress"]!.DeepClone();
        order["BuyerInfo"] = example["BuyerInfo"]!.DeepClone();
        return order;
    }

    private static JsonArray Items(string? sellerSku = null)
    {
        var items = Load("amazon", "getOrderItems.sandbox.json")["payload"]!["OrderItems"]!.DeepClone().AsArray();
        foreach (var item in items)
        {
            foreach (var money in new[] { "ItemPrice", "ItemTax", "PromotionDiscount" }) item![money]!["CurrencyCode"] = "EUR";
            if (sellerSku is not null) item!["SellerSKU"] = sellerSku;
        }
        return items;
    }

    private static string NewId() => $"902-{Random.Shared.Next(1_000_000, 9_999_999)}-{Random.Shared.Next(1_000_000, 9_999_999)}";

    [Fact]
    public async Task An_order_polled_three_times_is_captured_once_ships_and_amazon_gets_one_confirmation_per_item()
    {
        var (created, createdText) = await api.CreateAsync(Request("amazon-nl", "marketplace",
            new Dictionary<string, string> { [ChannelSku] = "SKU-0001" }));
        await fx.Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 20));
        var (connector, text) = await api.GetAsync("amazon-nl");
        foreach (var secret in new[] { AmazonSpApiStandIn.ClientSecret, AmazonSpApiStandIn.RefreshToken, AmazonSpApiStandIn.ClientId })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, createdText, StringComparison.Ordinal);
        }
        Assert.Equal(["clientId", "clientSecret", "refreshToken"], connector.SecretsSet.Order(StringComparer.Ordinal));
        Assert.Equal(("healthy", 0, ConnectorKind.Amazon, "marketplace"), (connector.Health.Status, connector.Health.ConsecutiveErrors,
            created.Kind, created.Channel));

        var id = NewId();
        amazon.Put(Order(id), Items());
        var polls = new[] { await api.PollAsync("amazon-nl"), await api.PollAsync("amazon-nl"), await api.PollAsync("amazon-nl") };

        Assert.Equal([1, 0, 0], polls.Select(p => p.Accepted));
        Assert.Equal([0, 1, 1], polls.Select(p => p.Duplicates));
        var order = await api.OrderAsync(id);
        Assert.Equal(("marketplace", "EUR"), (order.Channel, order.Currency));
        var line = Assert.Single(order.Lines);
        // Amazon's 10.00 includes 1.01 VAT: the OMS line is 8.99 net plus 1.01 tax, Amazon's OrderItemId kept.
        Assert.Equal(("SKU-0001", 1, 8.99m, 0m, 1.01m, 10.00m, OrderItemId),
            (line.Sku, line.Quantity, line.UnitPrice, line.Discount, line.Tax, line.Total, line.ChannelLineId));
        var message = Assert.Single(await api.InboxAsync("amazon-nl"));
        Assert.Equal((InboundStatus.Accepted, "order", order.Number, 2), (message.Status, message.ResultType, message.ResultId, message.Duplicates));

        await api.ShipAsync(order, "PostNL", "3SAMZ0001");
        await api.DrainAsync();
        await api.DrainAsync();

        var (orderId, body) = Assert.Single(amazon.Confirmations);
        var package = body["packageDetail"]!;
        Assert.Equal((id, "PostNL", "3SAMZ0001"), (orderId, (string?)package["carrierCode"], (string?)package["trackingNumber"]));
        var item = Assert.Single(package["orderItems"]!.AsArray())!;
        Assert.Equal((OrderItemId, 1), ((string?)item["orderItemId"], (int)item["quantity"]!));
        Assert.Equal("healthy", (await api.GetAsync("amazon-nl")).Connector.Health.Status);
    }

    [Fact]
    public async Task A_cancellation_on_amazon_cancels_in_the_oms_without_a_report_back_and_one_made_in_the_oms_goes_to_amazon()
    {
        var channel = await api.NewChannelAsync("amzc");
        var code = await ConnectAsync(channel, "SKU-0002");
        var (byAmazon, byOms) = (NewId(), NewId());
        amazon.Put(Order(byAmazon), Items());
        amazon.Put(Order(byOms), Items());
        Assert.Equal(2, (await api.PollAsync(code)).Accepted);

        fx.Clock.Advance(TimeSpan.FromMinutes(5));
        amazon.Put(Order(byAmazon, "Canceled"), []);
        var poll = await api.PollAsync(code);
        Assert.Equal(1, poll.Accepted);
        var cancelled = await api.OrderAsync(byAmazon);
        Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
        Assert.True(ChannelCancellation.CameFromChannel(cancelled.Lines[0].CancelReason));
        await api.DrainAsync();
        Assert.Empty(amazon.Feeds);

        var other = await api.OrderAsync(byOms);
        await fx.Api.CancelAsync(other.Number, "Damaged in the warehouse");
        await api.DrainAsync();
        await api.DrainAsync();

        var (type, content) = Assert.Single(amazon.Feeds);
        Assert.Equal("POST_ORDER_ACKNOWLEDGEMENT_DATA", type);
        Assert.Contains($"<AmazonOrderID>{byOms}</AmazonOrderID>", content, StringComparison.Ordinal);
        Assert.Contains("<StatusCode>Failure</StatusCode>", content, StringComparison.Ordinal);
        Assert.DoesNotContain(byAmazon, content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_with_an_unmapped_sku_is_kept_as_rejected_and_after_the_mapping_is_fixed_replays_into_one_order()
    {
        var channel = await api.NewChannelAsync("amzr");
        var code = await ConnectAsync(channel, "SKU-0003");
        await fx.Api.StockOnlyAtAsync("SKU-0004", ("DC-CENTRAL", 20));
        var id = NewId();
        amazon.Put(Order(id), Items("AMZ-UNMAPPED-1"));

        Assert.Equal(1, (await api.PollAsync(code)).Rejected);
        var rejected = Assert.Single(await api.InboxAsync(code));
        Assert.Equal(InboundStatus.Rejected, rejected.Status);
        Assert.Equal("lines[0].sku", rejected.Field);
        Assert.Contains("AMZ-UNMAPPED-1", rejected.Reason, StringComparison.Ordinal);
        Assert.Empty(await api.OrdersAsync(id));

        await api.ReplaceAsync(code, Request(code, channel,
            new Dictionary<string, string> { [ChannelSku] = "SKU-0003", ["AMZ-UNMAPPED-1"] = "SKU-0004" }) with { Secrets = null });
        var replayed = await api.ReplayAsync(rejected.Id);
        await api.PollAsync(code);

        Assert.Equal(InboundStatus.Accepted, replayed.Status);
        var order = await api.OrderAsync(id);
        Assert.Equal((order.Number, "SKU-0004"), (replayed.ResultId, order.Lines[0].Sku));
        Assert.Equal(InboundStatus.Accepted, Assert.Single(await api.InboxAsync(code)).Status);
    }

    [Fact]
    public async Task A_resync_sends_every_mapped_sku_and_a_burst_of_stock_moves_sends_one_update_with_the_last_quantity()
    {
        var channel = await api.NewChannelAsync("amza");
        var code = await ConnectAsync(channel, "SKU-0005");
        await api.ReplaceAsync(code, Request(code, channel, new Dictionary<string, string> { [ChannelSku] = "SKU-0005", ["AMZ-0106"] = "SKU-0006" })
            with { Secrets = null });
        await fx.Api.StockOnlyAtAsync("SKU-0006", ("DC-CENTRAL", 7), ("STORE-AMS", 2));

        var resync = await api.AvailabilityAsync(code, "resync");
        Assert.Equal(2, resync.Sent);
        Assert.Equal(20, amazon.Quantities[ChannelSku]);
        Assert.Equal(9, amazon.Quantities["AMZ-0106"]);
        Assert.Equal(2, amazon.Calls.Count(c => c.Operation == "patchListingsItem"));

        await api.AdjustAsync("DC-CENTRAL", "SKU-0005", -3);
        await api.AdjustAsync("DC-CENTRAL", "SKU-0005", +1);
        await api.AdjustAsync("DC-CENTRAL", "SKU-0005", -2);
        var push = await api.AvailabilityAsync(code, "push");

        Assert.Equal(1, push.Sent);
        var patches = amazon.Calls.Where(c => c.Operation == "patchListingsItem").Skip(2).ToList();
        Assert.Contains(ChannelSku, Assert.Single(patches).Path, StringComparison.Ordinal);
        Assert.Equal(16, amazon.Quantities[ChannelSku]);
        Assert.Equal(0, (await api.AvailabilityAsync(code, "push")).Sent);
    }

    [Fact]
    public async Task A_429_and_500s_while_polling_lose_no_order_make_none_twice_and_show_in_the_health_until_it_recovers()
    {
        var channel = await api.NewChannelAsync("amzf");
        var code = await ConnectAsync(channel, "SKU-0007");
        amazon.PageSize = 1;
        var ids = Enumerable.Range(1, 3).Select(_ => NewId()).ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i))) amazon.Put(Order(id, updated: Now.AddMinutes(-10 + i)), Items());
        amazon.FailNext("getOrders", MarketplaceFault.RateLimited, after: 1);
        amazon.FailNext("getOrders", MarketplaceFault.ServerError);
        amazon.FailNext("getOrders", MarketplaceFault.ServerError);

        var first = await api.PollAsync(code);
        Assert.Equal((1, true, (string?)null), (first.Accepted, first.More, first.Error));
        var failing = new List<ConnectorHealth>();
        for (var i = 0; i < 2; i++)
        {
            var poll = await api.PollAsync(code);
            Assert.Contains("500", poll.Error, StringComparison.Ordinal);
            failing.Add((await api.GetAsync(code)).Connector.Health);
        }
        Assert.Equal([("failing", 1), ("failing", 2)], failing.Select(h => (h.Status, h.ConsecutiveErrors)));
        Assert.All(failing, h => Assert.Contains("InternalFailure", h.LastError, StringComparison.Ordinal));

        var polls = 0;
        while ((await api.PollAsync(code)).More) Assert.True(++polls < 5, "polling did not finish");
        await api.PollAsync(code);

        foreach (var id in ids) Assert.Single(await api.OrdersAsync(id));
        Assert.Equal(3, (await api.InboxAsync(code)).Count(m => m.Status == InboundStatus.Accepted));
        var health = (await api.GetAsync(code)).Connector.Health;
        Assert.Equal(("healthy", 0), (health.Status, health.ConsecutiveErrors));
    }

    [Fact]
    public async Task A_confirmation_amazon_refuses_with_a_500_is_retried_by_the_relay_and_arrives_once()
    {
        var channel = await api.NewChannelAsync("amzs");
        var code = await ConnectAsync(channel, "SKU-0008");
        var id = NewId();
        amazon.Put(Order(id), Items());
        await api.PollAsync(code);
        amazon.FailNext("confirmShipment", MarketplaceFault.ServerError);

        await api.ShipAsync(await api.OrderAsync(id), "DHL", "JJD0001");
        await api.DrainAsync();
        Assert.Empty(amazon.Confirmations);
        var failing = (await api.GetAsync(code)).Connector.Health;
        Assert.Equal(("failing", 1), (failing.Status, failing.ConsecutiveErrors));

        fx.Clock.Advance(TimeSpan.FromMinutes(10));
        await api.DrainAsync();
        fx.Clock.Advance(TimeSpan.FromMinutes(10));
        await api.DrainAsync();

        var (orderId, body) = Assert.Single(amazon.Confirmations);
        Assert.Equal((id, "DHL", "JJD0001"), (orderId, (string?)body["packageDetail"]!["carrierCode"], (string?)body["packageDetail"]!["trackingNumber"]));
        Assert.Equal(2, amazon.Calls.Count(c => c.Operation == "confirmShipment"));
        Assert.Equal(0, (await api.GetAsync(code)).Connector.Health.ConsecutiveErrors);
    }
}

public sealed class AmazonRoundTripTests_Sqlite(SqliteFixture fx) : AmazonRoundTripTests(fx), IClassFixture<SqliteFixture>;

public sealed class AmazonRoundTripTests_Postgres(PostgresFixture fx) : AmazonRoundTripTests(fx), IClassFixture<PostgresFixture>;
