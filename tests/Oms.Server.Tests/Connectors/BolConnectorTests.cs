using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Connectors;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Connectors.Bol;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Connectors.MarketplacePayloads;

namespace Oms.Server.Tests.Connectors;

/// <summary>The bol.com adapter and poller against bol's public example order and the Retailer API stand-in.</summary>
public abstract class BolConnectorTests(OmsFixture fx, BolStandIn bol)
{
    private BolAdapter Adapter => new(fx.Services.GetRequiredService<IHttpClientFactory>(), fx.Clock);

    private BolPoller Poller => new(fx.Services.GetRequiredService<IHttpClientFactory>(), fx.Clock);

    private ConnectorRuntime Connector(ConnectorMapping? mapping = null, string? cursor = null) => Runtime(ConnectorKind.Bol, "bol",
        new JsonObject
        {
            ["baseUrl"] = bol.BaseUrl.ToString(), ["tokenUrl"] = bol.TokenUrl.ToString(), ["maxPages"] = "20",
            ["offerIds"] = new JsonObject { ["MijnOffer0021"] = "8f6283e3-0000-4a2d-ad54-0e0f0b8b5a8c" },
        },
        new() { ["clientId"] = BolStandIn.ClientId, ["clientSecret"] = BolStandIn.ClientSecret }, mapping, cursor);

    private static JsonObject Example(string? id = null, string itemId = "6042823871")
    {
        var order = (JsonObject)Load("bol", "order.json").DeepClone();
        if (id is not null) order["orderId"] = id;
        order["orderItems"]![0]!["orderItemId"] = itemId;
        return order;
    }

    [Fact]
    public void The_public_example_order_is_captured_with_vat_taken_out_of_the_consumer_price()
    {
        var mapping = new ConnectorMapping(Skus: new Dictionary<string, string> { ["MijnOffer0021"] = "SKU-0005" });
        var capture = Assert.IsType<ChannelInstruction.Capture>(Adapter.Interpret(Connector(mapping), Message(Example().ToJsonString())));
        var line = Assert.Single(capture.Order.Lines!)!;
        // 3 × 22.98 = 68.94 with 21 % VAT: tax 11.96, net 56.98 → 19.00 a unit (rounded up), 0.02 rounding discount.
        Assert.Equal(("SKU-0005", 3, 19.00m, 0.02m, 11.96m, "6042823871"), (line.Sku, line.Quantity, line.UnitPrice, line.Discount, line.Tax, line.ChannelLineId));
        Assert.Equal(68.94m, line.UnitPrice!.Value * 3 - line.Discount!.Value + line.Tax!.Value);
        Assert.Equal(("Billie Jean", "Dorpstraat 1 B", "1111ZZ", "NL"), (capture.Order.ShippingAddress!.Name, capture.Order.ShippingAddress.Line1,
            capture.Order.ShippingAddress.PostalCode, capture.Order.ShippingAddress.Country));
        Assert.Equal(("1043946570", "EUR"), (capture.Order.ChannelOrderId, capture.Order.Currency));
    }

    [Fact]
    public void Fbb_orders_are_ignored_and_a_cancellation_request_cancels()
    {
        var fbb = Example();
        fbb["orderItems"]![0]!["fulfilment"]!["method"] = "FBB";
        Assert.Contains("FBB", Assert.IsType<ChannelInstruction.Ignore>(Adapter.Interpret(Connector(), Message(fbb.ToJsonString()))).Reason,
            StringComparison.Ordinal);
        var asked = Example();
        asked["orderItems"]![0]!["cancellationRequest"] = true;
        Assert.Equal("1043946570", Assert.IsType<ChannelInstruction.Cancel>(Adapter.Interpret(Connector(), Message(asked.ToJsonString()))).ChannelOrderId);
    }

    [Fact]
    public void A_line_without_a_price_is_rejected_naming_the_field()
    {
        var order = Example();
        order["orderItems"]![0]!.AsObject().Remove("unitPrice");
        var e = Assert.Throws<Oms.Server.Core.Inbox.InboundRejectedException>(() => Adapter.Interpret(Connector(), Message(order.ToJsonString())));
        Assert.Equal("orderItems[0].unitPrice", e.Field);
    }

    [Theory]
    [InlineData("getOrders", MarketplaceFault.RateLimited, 1)]
    [InlineData("getOrder", MarketplaceFault.ServerError, 3)]
    [InlineData("getOrder", MarketplaceFault.Unavailable, 0)]
    public async Task Polling_pages_through_open_orders_and_a_fault_part_way_loses_nothing(string operation, MarketplaceFault fault, int after)
    {
        bol.PageSize = 2;
        var prefix = "B" + Guid.NewGuid().ToString("N")[..6];
        var ids = Enumerable.Range(1, 5).Select(i => $"{prefix}{i}").ToList();
        foreach (var id in ids) bol.Put(Example(id, id + "-1"));
        bol.FailNext(operation, fault, after);

        var connector = Connector();
        var seen = new List<string>();
        var polls = 0;
        PollBatch? batch = null;
        while (batch is null || batch.More)
        {
            Assert.True(++polls < 8, "polling did not finish");
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

        Assert.Null(batch.NextCursor);
        Assert.Equal(ids, seen.Distinct().Select(k => k.Split('@')[0]).Order(StringComparer.Ordinal));
        Assert.All(seen.Distinct(), k => Assert.EndsWith("@2019-04-29T14:18:21.0000000Z", k, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rate_limited_token_or_list_call_throws_with_bols_retry_after()
    {
        bol.FailNext("getOrders", MarketplaceFault.RateLimited);
        var e = await Assert.ThrowsAsync<ChannelCallException>(() => Poller.PollAsync(Connector(), CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(2), e.RetryAfter);
    }

    [Fact]
    public async Task Shipments_cancellations_and_stock_are_sent_in_bols_words_with_one_token()
    {
        var id = "S" + Guid.NewGuid().ToString("N")[..8];
        bol.Put(Example(id, id + "-1"));
        var connector = Connector();
        var adapter = Adapter;
        var tokensBefore = bol.TokenRequests;
        var line = new NoticeLine("SKU-0005", "MijnOffer0021", id + "-1", 3);
        await adapter.ConfirmShipmentAsync(connector, new ShipmentNotice("k", id, "ORD-9", "PostNL", "3SABCD1234", null, DateTime.UtcNow, [line]),
            CancellationToken.None);
        await adapter.PushAvailabilityAsync(connector, [new SkuAvailability("SKU-0005", "MijnOffer0021", 4)], CancellationToken.None);

        var shipment = Assert.Single(bol.Shipments, s => (string?)s["orderItems"]![0]!["orderItemId"] == id + "-1");
        Assert.Equal(("TNT", "3SABCD1234"), ((string?)shipment["transport"]!["transporterCode"], (string?)shipment["transport"]!["trackAndTrace"]));
        Assert.Equal(4, bol.Stock["8f6283e3-0000-4a2d-ad54-0e0f0b8b5a8c"]);
        Assert.Equal(1, bol.TokenRequests - tokensBefore);

        var other = "C" + Guid.NewGuid().ToString("N")[..8];
        bol.Put(Example(other, other + "-1"));
        await adapter.ReportCancellationAsync(connector, new CancellationNotice("c", other, "ORD-10", "Out of stock", true,
            [line with { ChannelLineId = other + "-1" }]), CancellationToken.None);
        var cancellation = Assert.Single(bol.Cancellations, c => (string?)c["orderItems"]![0]!["orderItemId"] == other + "-1");
        Assert.Equal("OUT_OF_STOCK", (string?)cancellation["orderItems"]![0]!["reasonCode"]);
        await Assert.ThrowsAsync<ChannelCallException>(() => adapter.PushAvailabilityAsync(connector,
            [new SkuAvailability("SKU-0009", "NoOffer", 1)], CancellationToken.None));
    }
}

public sealed class BolConnectorTests_Sqlite(SqliteFixture fx, BolStandIn bol)
    : BolConnectorTests(fx, bol), IClassFixture<SqliteFixture>, IClassFixture<BolStandIn>;

public sealed class BolConnectorTests_Postgres(PostgresFixture fx, BolStandIn bol)
    : BolConnectorTests(fx, bol), IClassFixture<PostgresFixture>, IClassFixture<BolStandIn>;
