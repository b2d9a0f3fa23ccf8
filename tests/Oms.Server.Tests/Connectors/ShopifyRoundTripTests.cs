using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Connectors;
using Oms.Domain.Orders;
using Oms.Server.Core.Inbox;
using Oms.Server.Core.Outbox;
using Oms.Server.Features.Connectors;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Connectors.WebshopPayloads;

namespace Oms.Server.Tests.Connectors;

/// <summary>
/// Shopify through the public API: a connector is set up, Shopify's sample order arrives as its <c>orders/create</c> webhook
/// (three times), is captured once, ships, and the stand-in shop gets the fulfillment; a cancellation in Shopify cancels in
/// the OMS; a rejected message is replayed after the mapping is fixed; 429 and 500 answers lose and duplicate nothing.
/// </summary>
public abstract class ShopifyRoundTripTests(OmsFixture fx, ShopifyStandIn shopify)
{
    private const string Code = "shopify-rt";
    private const long ItemOfSku1 = 808950810;
    private OmsClient Api => fx.Api;
    private static readonly Uri Hook = new($"http://localhost/api/connectors/{Code}/webhooks");

    private ConnectorRequest Connector(ConnectorMapping mapping) => new(Code, ConnectorKind.Shopify, "web",
        new JsonObject
        {
            ["baseUrl"] = shopify.BaseUrl.ToString(),
            ["shopDomain"] = ShopifyStandIn.ShopDomain,
            ["inventoryLocationId"] = ShopifyStandIn.LocationId.ToString(CultureInfo.InvariantCulture),
            ["inventoryItems"] = new JsonObject { ["IPOD2008PINK"] = ItemOfSku1.ToString(CultureInfo.InvariantCulture) },
        },
        new Dictionary<string, string> { ["clientSecret"] = ShopifyStandIn.ClientSecret, ["accessToken"] = ShopifyStandIn.AccessToken },
        mapping);

    private static ConnectorMapping Mapped { get; } = new(
        Skus: new Dictionary<string, string> { ["IPOD2008PINK"] = "SKU-0001" },
        Locations: new Dictionary<string, string> { ["48752903"] = "STORE-UTR" });

    private async Task ConfigureAsync(ConnectorMapping mapping)
    {
        var existing = await Api.SendAsync(HttpMethod.Get, $"/api/connectors/{Code}");
        var response = existing.StatusCode == HttpStatusCode.NotFound
            ? await Api.PostAsync("/api/connectors", Connector(mapping))
            : await Api.SendAsync(HttpMethod.Put, $"/api/connectors/{Code}", Connector(mapping));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Shopify's sample order under a fresh id (and line ids), known to the stand-in shop.</summary>
    private JsonObject SampleOrder(Action<JsonObject>? change = null)
    {
        var order = Json("shopify", "orders-create.json");
        var id = Random.Shared.NextInt64(1_000_000_000_000, 9_000_000_000_000_000_000);
        order["id"] = id;
        order["line_items"]![0]!["id"] = id + 1;
        order["line_items"]![1]!["id"] = id + 2;
        change?.Invoke(order);
        shopify.AddOrder(order.ToJsonString());
        return order;
    }

    private async Task<InboxReceipt> DeliverAsync(string topic, JsonObject order, string webhookId)
    {
        var reply = await shopify.SendWebhookAsync(Hook, topic, order.ToJsonString(), webhookId, via: Api.Http);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.Body);
        return System.Text.Json.JsonSerializer.Deserialize<InboxReceipt>(reply.Body, OmsClient.Json)!;
    }

    private Task<int> DrainAsync() => fx.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None);

    [Fact]
    public async Task UC_Shopify_order_delivered_three_times_is_captured_once_ships_and_Shopify_gets_one_fulfillment_with_tracking()
    {
        await ConfigureAsync(Mapped);
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10));
        var sample = SampleOrder();
        var webhookId = Guid.NewGuid().ToString();

        var receipts = new List<InboxReceipt>();
        for (var i = 0; i < 3; i++) receipts.Add(await DeliverAsync("orders/create", sample, webhookId));

        Assert.Equal((InboundStatus.Accepted, false, "order"), (receipts[0].Status, receipts[0].Duplicate, receipts[0].ResultType));
        Assert.All(receipts.Skip(1), r => Assert.Equal(receipts[0].MessageId, r.MessageId));
        Assert.All(receipts.Skip(1), r => Assert.True(r.Duplicate));
        var order = await Api.GetOrderAsync(receipts[0].ResultId!);
        Assert.Equal(sample["id"]!.ToString(), order.ChannelOrderId);
        Assert.Equal([sample["line_items"]![0]!["id"]!.ToString(), sample["line_items"]![1]!["id"]!.ToString()], order.Lines.Select(l => l.ChannelLineId));

        var fo = Assert.Single(order.FulfilmentOrders);
        await Api.FulfilAsync(fo.Id, "release");
        await Api.ShipAsync(fo.Id, "PostNL", "3SSHOPIFY0001");
        await DrainAsync();

        var fulfillment = Assert.Single(shopify.Fulfillments, f => f["order_id"]!.ToString() == sample["id"]!.ToString());
        Assert.Equal("3SSHOPIFY0001", fulfillment["tracking_number"]!.ToString());
        Assert.Equal(2, fulfillment["line_items"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_cancellation_in_Shopify_cancels_the_order_and_is_not_reported_back()
    {
        await ConfigureAsync(Mapped);
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10));
        var sample = SampleOrder();
        var captured = await DeliverAsync("orders/create", sample, Guid.NewGuid().ToString());

        var cancelled = await DeliverAsync("orders/cancelled", sample, Guid.NewGuid().ToString());
        await DrainAsync();

        Assert.Equal((InboundStatus.Accepted, captured.ResultId), (cancelled.Status, cancelled.ResultId));
        Assert.Equal(OrderStatus.Cancelled, (await Api.GetOrderAsync(captured.ResultId!)).Status);
        Assert.DoesNotContain(shopify.Requests, r => r.Path.EndsWith($"/orders/{sample["id"]}/cancel.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_order_the_OMS_cancels_is_cancelled_in_Shopify_once()
    {
        await ConfigureAsync(Mapped);
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10));
        var sample = SampleOrder();
        var captured = await DeliverAsync("orders/create", sample, Guid.NewGuid().ToString());

        await Api.CancelAsync(captured.ResultId!, "Customer called");
        await DrainAsync();

        Assert.Single(shopify.Cancelled, c => c == sample["id"]!.ToString());
    }

    [Fact]
    public async Task A_POS_order_from_an_unmapped_location_is_kept_rejected_and_after_the_mapping_is_fixed_replayed_into_a_carried_out_sale()
    {
        await ConfigureAsync(Mapped with { Locations = null });
        var sample = SampleOrder(o => { o["source_name"] = "pos"; o["location_id"] = 48752903; });

        var rejected = await DeliverAsync("orders/create", sample, Guid.NewGuid().ToString());
        await ConfigureAsync(Mapped);
        var replayed = await Api.ExpectAsync<InboxReceipt>(await Api.PostAsync($"/api/inbox/{rejected.MessageId}/replay"), HttpStatusCode.OK);

        Assert.Equal((InboundStatus.Rejected, "location_id"), (rejected.Status, rejected.Field));
        Assert.Equal((InboundStatus.Accepted, "order"), (replayed.Status, replayed.ResultType));
        var sale = await Api.GetOrderAsync(replayed.ResultId!);
        Assert.Equal(OrderStatus.Completed, sale.Status);
        Assert.Equal("STORE-UTR", Assert.Single(sale.FulfilmentOrders).Location);
    }

    [Fact]
    public async Task A_signature_that_does_not_match_is_refused_with_401_and_nothing_is_kept()
    {
        await ConfigureAsync(Mapped);
        var body = SampleOrder().ToJsonString();

        var reply = await shopify.SendWebhookAsync(Hook, "orders/create", body, Guid.NewGuid().ToString(), ShopifyStandIn.Sign(body, "forged"), via: Api.Http);

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task A_fulfillment_answered_429_then_500_is_retried_and_Shopify_gets_it_once()
    {
        await ConfigureAsync(Mapped);
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10));
        var sample = SampleOrder();
        var order = await Api.GetOrderAsync((await DeliverAsync("orders/create", sample, Guid.NewGuid().ToString())).ResultId!);
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        await DrainAsync();

        shopify.FailNext(ShopFault.RateLimited(TimeSpan.FromSeconds(30)));
        await Api.ShipAsync(fo, "PostNL", "3SSHOPIFY0429");
        await DrainAsync();
        Assert.DoesNotContain(shopify.Fulfillments, f => f["order_id"]!.ToString() == sample["id"]!.ToString());

        shopify.FailNext(ShopFault.ServerError);
        for (var i = 0; i < 4; i++)
        {
            fx.Clock.Advance(TimeSpan.FromMinutes(30));
            await DrainAsync();
        }

        Assert.Single(shopify.Fulfillments, f => f["order_id"]!.ToString() == sample["id"]!.ToString());
        Assert.Contains(shopify.Requests, r => r.Status == 500);
    }

    [Fact]
    public async Task Available_to_sell_is_pushed_as_the_inventory_level_of_the_mapped_item()
    {
        await ConfigureAsync(Mapped);
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 12));

        var response = await Api.PostAsync($"/api/connectors/{Code}/availability/resync");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.NotNull(shopify.Level(ItemOfSku1));
        Assert.True(shopify.Level(ItemOfSku1) > 0);
    }
}

public sealed class ShopifyRoundTripTests_Sqlite(SqliteFixture fx, ShopifyStandIn shopify)
    : ShopifyRoundTripTests(fx, shopify), IClassFixture<SqliteFixture>, IClassFixture<ShopifyStandIn>;

public sealed class ShopifyRoundTripTests_Postgres(PostgresFixture fx, ShopifyStandIn shopify)
    : ShopifyRoundTripTests(fx, shopify), IClassFixture<PostgresFixture>, IClassFixture<ShopifyStandIn>;
