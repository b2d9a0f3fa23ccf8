using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Domain.Orders;
using Oms.Server.Features.Connectors;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Connectors.MarketplacePayloads;

namespace Oms.Server.Tests.Connectors;

/// <summary>
/// bol.com through the public API only: a connector is made, bol's public example order is polled from the Retailer API
/// stand-in (listed again on every poll while it is open), captured once, shipped and confirmed with bol's transporter code;
/// a customer's cancellation request cancels the order and is confirmed to bol, a cancellation made in the OMS is reported;
/// a bad order is replayed after the mapping is fixed; stock is pushed per offer; 429 and 500 answers lose and double
/// nothing. Each test has its own stand-in and its own channel.
/// </summary>
public abstract class BolRoundTripTests(OmsFixture fx) : IAsyncLifetime
{
    private const string Reference = "MijnOffer0021";
    private const string OfferId = "8f6283e3-0000-4a2d-ad54-0e0f0b8b5a8c";

    private readonly BolStandIn bol = new();
    private readonly ConnectorCalls api = new(fx);

    public Task InitializeAsync() => bol.InitializeAsync();

    public Task DisposeAsync() => bol.DisposeAsync();

    private ConnectorRequest Request(string code, string channel, IReadOnlyDictionary<string, string> skus, JsonObject? offers = null)
        => new(code, ConnectorKind.Bol, channel, new JsonObject
        {
            ["baseUrl"] = bol.BaseUrl.ToString(), ["tokenUrl"] = bol.TokenUrl.ToString(), ["maxPages"] = "10",
            ["offerIds"] = offers ?? new JsonObject { [Reference] = OfferId },
        },
        new Dictionary<string, string> { ["clientId"] = BolStandIn.ClientId, ["clientSecret"] = BolStandIn.ClientSecret },
        new ConnectorMapping(Skus: skus, PricesIncludeTax: true));

    private async Task<string> ConnectAsync(string channel, string sku)
    {
        var code = channel == "marketplace" ? "bol-nl" : channel + "-bol";
        await api.CreateAsync(Request(code, channel, new Dictionary<string, string> { [Reference] = sku }));
        await fx.Api.StockOnlyAtAsync(sku, ("DC-CENTRAL", 20));
        return code;
    }

    /// <summary>bol's public example order (GET /retailer/orders/{orderId}) with its own order and order item ids.</summary>
    private static JsonObject Order(string id, string? reference = null)
    {
        var order = (JsonObject)Load("bol", "order.json").DeepClone();
        order["orderId"] = id;
        order["orderItems"]![0]!["orderItemId"] = id + "1";
        if (reference is not null) order["orderItems"]![0]!["offer"]!["reference"] = reference;
        return order;
    }

    private static string NewId() => Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_order_polled_three_times_is_captured_once_ships_and_bol_gets_one_shipment_with_the_transport()
    {
        var (created, createdText) = await api.CreateAsync(Request("bol-nl", "marketplace", new Dictionary<string, string> { [Reference] = "SKU-0011" }));
        await fx.Api.StockOnlyAtAsync("SKU-0011", ("DC-CENTRAL", 20));
        var (connector, text) = await api.GetAsync("bol-nl");
        foreach (var secret in new[] { BolStandIn.ClientSecret, BolStandIn.ClientId })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, createdText, StringComparison.Ordinal);
        }
        Assert.Equal(["clientId", "clientSecret"], connector.SecretsSet.Order(StringComparer.Ordinal));
        Assert.Equal(("healthy", ConnectorKind.Bol, "marketplace"), (connector.Health.Status, created.Kind, created.Channel));

        var id = NewId();
        bol.Put(Order(id));
        var polls = new[] { await api.PollAsync("bol-nl"), await api.PollAsync("bol-nl"), await api.PollAsync("bol-nl") };

        Assert.Equal([1, 0, 0], polls.Select(p => p.Accepted));
        Assert.Equal([0, 1, 1], polls.Select(p => p.Duplicates));
        var order = await api.OrderAsync(id);
        var line = Assert.Single(order.Lines);
        // 3 × 22.98 = 68.94 including 21 % VAT: 11.96 tax, 56.98 net as 3 × 19.00 less a 0.02 rounding discount.
        Assert.Equal(("SKU-0011", 3, 19.00m, 0.02m, 11.96m, 68.94m, id + "1"),
            (line.Sku, line.Quantity, line.UnitPrice, line.Discount, line.Tax, line.Total, line.ChannelLineId));
        var message = Assert.Single(await api.InboxAsync("bol-nl"));
        Assert.Equal((InboundStatus.Accepted, "order", order.Number, 2), (message.Status, message.ResultType, message.ResultId, message.Duplicates));

        await api.ShipAsync(order, "PostNL", "3SBOL0001");
        await api.DrainAsync();
        await api.DrainAsync();

        var shipment = Assert.Single(bol.Shipments);
        var item = Assert.Single(shipment["orderItems"]!.AsArray())!;
        Assert.Equal((id + "1", 3), ((string?)item["orderItemId"], (int)item["quantity"]!));
        Assert.Equal(("TNT", "3SBOL0001"), ((string?)shipment["transport"]!["transporterCode"], (string?)shipment["transport"]!["trackAndTrace"]));
        Assert.Equal(0, (await api.PollAsync("bol-nl")).Received);
    }

    [Fact]
    public async Task A_customers_cancellation_request_cancels_and_is_confirmed_to_bol_and_one_made_in_the_oms_is_reported()
    {
        var channel = await api.NewChannelAsync("bolc");
        var code = await ConnectAsync(channel, "SKU-0012");
        var (asked, byOms) = (NewId(), NewId());
        bol.Put(Order(asked));
        bol.Put(Order(byOms));
        Assert.Equal(2, (await api.PollAsync(code)).Accepted);

        var request = Order(asked);
        request["orderItems"]![0]!["cancellationRequest"] = true;
        request["orderItems"]![0]!["latestChangedDateTime"] = "2019-04-29T18:02:10+02:00";
        bol.Put(request);
        Assert.Equal(1, (await api.PollAsync(code)).Accepted);
        var cancelled = await api.OrderAsync(asked);
        Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
        await api.DrainAsync();

        var confirmed = Assert.Single(bol.Cancellations);
        Assert.Equal((asked + "1", "REQUESTED_BY_CUSTOMER"),
            ((string?)confirmed["orderItems"]![0]!["orderItemId"], (string?)confirmed["orderItems"]![0]!["reasonCode"]));

        await fx.Api.CancelAsync((await api.OrderAsync(byOms)).Number, "Damaged in the warehouse");
        await api.DrainAsync();
        await api.DrainAsync();

        Assert.Equal(2, bol.Cancellations.Count);
        var reported = bol.Cancellations[1];
        Assert.Equal((byOms + "1", "OUT_OF_STOCK"),
            ((string?)reported["orderItems"]![0]!["orderItemId"], (string?)reported["orderItems"]![0]!["reasonCode"]));
        Assert.Equal(0, (await api.PollAsync(code)).Received);
    }

    [Fact]
    public async Task An_order_with_an_unmapped_offer_is_kept_as_rejected_and_after_the_mapping_is_fixed_replays_into_one_order()
    {
        var channel = await api.NewChannelAsync("bolr");
        var code = await ConnectAsync(channel, "SKU-0013");
        await fx.Api.StockOnlyAtAsync("SKU-0014", ("DC-CENTRAL", 20));
        var id = NewId();
        bol.Put(Order(id, "MijnOfferOnbekend"));

        Assert.Equal(1, (await api.PollAsync(code)).Rejected);
        var rejected = Assert.Single(await api.InboxAsync(code));
        Assert.Equal(InboundStatus.Rejected, rejected.Status);
        Assert.Equal("lines[0].sku", rejected.Field);
        Assert.Contains("MijnOfferOnbekend", rejected.Reason, StringComparison.Ordinal);
        Assert.Empty(await api.OrdersAsync(id));
        Assert.Equal(1, (await api.PollAsync(code)).Duplicates);

        await api.ReplaceAsync(code, Request(code, channel,
            new Dictionary<string, string> { [Reference] = "SKU-0013", ["MijnOfferOnbekend"] = "SKU-0014" }) with { Secrets = null });
        var replayed = await api.ReplayAsync(rejected.Id);
        await api.PollAsync(code);

        Assert.Equal(InboundStatus.Accepted, replayed.Status);
        var order = await api.OrderAsync(id);
        Assert.Equal((order.Number, "SKU-0014"), (replayed.ResultId, order.Lines[0].Sku));
        Assert.Equal(InboundStatus.Accepted, Assert.Single(await api.InboxAsync(code)).Status);
    }

    [Fact]
    public async Task A_resync_sends_every_mapped_offers_stock_and_a_burst_of_stock_moves_sends_one_update_with_the_last_amount()
    {
        var channel = await api.NewChannelAsync("bola");
        var code = await ConnectAsync(channel, "SKU-0015");
        await api.ReplaceAsync(code, Request(code, channel, new Dictionary<string, string> { [Reference] = "SKU-0015", ["MijnOffer0022"] = "SKU-0016" },
            new JsonObject { [Reference] = OfferId, ["MijnOffer0022"] = "offer-0022" }) with { Secrets = null });
        await fx.Api.StockOnlyAtAsync("SKU-0016", ("DC-CENTRAL", 7), ("STORE-AMS", 2));

        var resync = await api.AvailabilityAsync(code, "resync");
        Assert.Equal(2, resync.Sent);
        Assert.Equal(20, bol.Stock[OfferId]);
        Assert.Equal(9, bol.Stock["offer-0022"]);
        Assert.Equal(2, bol.Calls.Count(c => c.Operation == "updateOfferStock"));

        await api.AdjustAsync("DC-CENTRAL", "SKU-0015", -3);
        await api.AdjustAsync("DC-CENTRAL", "SKU-0015", +1);
        await api.AdjustAsync("DC-CENTRAL", "SKU-0015", -2);
        var push = await api.AvailabilityAsync(code, "push");

        Assert.Equal(1, push.Sent);
        var updates = bol.Calls.Where(c => c.Operation == "updateOfferStock").Skip(2).ToList();
        Assert.Contains(OfferId, Assert.Single(updates).Path, StringComparison.Ordinal);
        Assert.Equal(16, bol.Stock[OfferId]);
        Assert.Equal(0, (await api.AvailabilityAsync(code, "push")).Sent);

        // bol answers 429: the push says so and the health shows it; the next push sends what was not taken.
        bol.FailNext("updateOfferStock", MarketplaceFault.RateLimited);
        await api.AdjustAsync("DC-CENTRAL", "SKU-0016", -4);
        var limited = await api.AvailabilityAsync(code, "push");
        Assert.Equal(0, limited.Sent);
        Assert.Contains("429", limited.Error, StringComparison.Ordinal);
        Assert.Equal(("failing", 1), ((await api.GetAsync(code)).Connector.Health.Status, (await api.GetAsync(code)).Connector.Health.ConsecutiveErrors));
        Assert.Equal(9, bol.Stock["offer-0022"]);
        Assert.Equal(1, (await api.AvailabilityAsync(code, "push")).Sent);
        Assert.Equal(5, bol.Stock["offer-0022"]);
        Assert.Equal("healthy", (await api.GetAsync(code)).Connector.Health.Status);
    }

    [Fact]
    public async Task A_429_and_500s_while_polling_lose_no_order_make_none_twice_and_show_in_the_health_until_it_recovers()
    {
        var channel = await api.NewChannelAsync("bolf");
        var code = await ConnectAsync(channel, "SKU-0017");
        bol.PageSize = 1;
        var ids = Enumerable.Range(1, 3).Select(_ => NewId()).ToList();
        foreach (var id in ids) bol.Put(Order(id));
        bol.FailNext("getOrders", MarketplaceFault.RateLimited, after: 1);
        bol.FailNext("getOrders", MarketplaceFault.ServerError);
        bol.FailNext("getOrders", MarketplaceFault.ServerError);

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
        Assert.All(failing, h => Assert.Contains("HTTP 500", h.LastError, StringComparison.Ordinal));

        var polls = 0;
        while ((await api.PollAsync(code)).More) Assert.True(++polls < 5, "polling did not finish");
        await api.PollAsync(code);

        foreach (var id in ids) Assert.Single(await api.OrdersAsync(id));
        Assert.Equal(3, (await api.InboxAsync(code)).Count(m => m.Status == InboundStatus.Accepted));
        var health = (await api.GetAsync(code)).Connector.Health;
        Assert.Equal(("healthy", 0), (health.Status, health.ConsecutiveErrors));
    }

    [Fact]
    public async Task A_shipment_bol_refuses_with_a_500_is_retried_by_the_relay_and_arrives_once()
    {
        var channel = await api.NewChannelAsync("bols");
        var code = await ConnectAsync(channel, "SKU-0018");
        var id = NewId();
        bol.Put(Order(id));
        await api.PollAsync(code);
        bol.FailNext("shipOrderItem", MarketplaceFault.ServerError);

        await api.ShipAsync(await api.OrderAsync(id), "DHL", "JVGL0001");
        await api.DrainAsync();
        Assert.Empty(bol.Shipments);
        var failing = (await api.GetAsync(code)).Connector.Health;
        Assert.Equal(("failing", 1), (failing.Status, failing.ConsecutiveErrors));

        fx.Clock.Advance(TimeSpan.FromMinutes(10));
        await api.DrainAsync();
        fx.Clock.Advance(TimeSpan.FromMinutes(10));
        await api.DrainAsync();

        var shipment = Assert.Single(bol.Shipments);
        Assert.Equal((id + "1", "DHL", "JVGL0001"), ((string?)shipment["orderItems"]![0]!["orderItemId"],
            (string?)shipment["transport"]!["transporterCode"], (string?)shipment["transport"]!["trackAndTrace"]));
        Assert.Equal(2, bol.Calls.Count(c => c.Operation == "shipOrderItem"));
        Assert.Equal(0, (await api.GetAsync(code)).Connector.Health.ConsecutiveErrors);
    }
}

public sealed class BolRoundTripTests_Sqlite(SqliteFixture fx) : BolRoundTripTests(fx), IClassFixture<SqliteFixture>;

public sealed class BolRoundTripTests_Postgres(PostgresFixture fx) : BolRoundTripTests(fx), IClassFixture<PostgresFixture>;
