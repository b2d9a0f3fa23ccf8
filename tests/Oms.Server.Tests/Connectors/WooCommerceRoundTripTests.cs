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
/// WooCommerce through the public API: the reference order 727 arrives as <c>order.created</c> webhooks (three deliveries,
/// each with a new delivery id), is captured once, ships, and the stand-in shop gets the tracking note and the completed
/// status; <c>order.updated</c> to cancelled cancels in the OMS; a rejected message is replayed after the mapping is fixed.
/// </summary>
public abstract class WooCommerceRoundTripTests(OmsFixture fx, WooCommerceStandIn woo)
{
    private const string Code = "woo-rt";
    private OmsClient Api => fx.Api;
    private static readonly Uri Hook = new($"http://localhost/api/connectors/{Code}/webhooks");

    private ConnectorRequest Connector(ConnectorMapping mapping) => new(Code, ConnectorKind.WooCommerce, "web",
        new JsonObject { ["baseUrl"] = woo.BaseUrl.ToString() },
        new Dictionary<string, string>
        {
            ["webhookSecret"] = WooCommerceStandIn.WebhookSecret,
            ["consumerKey"] = WooCommerceStandIn.ConsumerKey,
            ["consumerSecret"] = WooCommerceStandIn.ConsumerSecret,
        },
        mapping);

    private async Task ConfigureAsync(ConnectorMapping mapping)
    {
        var existing = await Api.SendAsync(HttpMethod.Get, $"/api/connectors/{Code}");
        var response = existing.StatusCode == HttpStatusCode.NotFound
            ? await Api.PostAsync("/api/connectors", Connector(mapping))
            : await Api.SendAsync(HttpMethod.Put, $"/api/connectors/{Code}", Connector(mapping));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The reference order under a fresh id, known to the stand-in shop.</summary>
    private JsonObject NewOrder()
    {
        var order = Json("woocommerce", "order-727.json");
        order["id"] = Random.Shared.Next(10_000, int.MaxValue);
        woo.AddOrder(order.ToJsonString());
        return order;
    }

    private async Task<InboxReceipt> DeliverAsync(string topic, JsonObject order)
    {
        var reply = await woo.SendWebhookAsync(Hook, topic, order.ToJsonString(), via: Api.Http);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.Body);
        return System.Text.Json.JsonSerializer.Deserialize<InboxReceipt>(reply.Body, OmsClient.Json)!;
    }

    private Task<int> DrainAsync() => fx.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None);

    private async Task StockAsync()
    {
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10));
        await Api.StockOnlyAtAsync("SKU-0002", ("DC-CENTRAL", 10));
    }

    [Fact]
    public async Task UC_WooCommerce_order_delivered_three_times_is_captured_once_ships_and_the_shop_gets_the_tracking_note_and_completed()
    {
        await ConfigureAsync(WooCommerceAdapterTests.DemoSkus);
        await StockAsync();
        var sample = NewOrder();
        var id = sample["id"]!.ToString();

        var receipts = new List<InboxReceipt>();
        for (var i = 0; i < 3; i++) receipts.Add(await DeliverAsync(i == 0 ? "order.created" : "order.updated", sample));

        Assert.Equal((InboundStatus.Accepted, false), (receipts[0].Status, receipts[0].Duplicate));
        Assert.All(receipts.Skip(1), r => Assert.Equal((receipts[0].MessageId, true), (r.MessageId, r.Duplicate)));
        var order = await Api.GetOrderAsync(receipts[0].ResultId!);
        Assert.Equal(id, order.ChannelOrderId);
        Assert.Equal(["315", "316"], order.Lines.Select(l => l.ChannelLineId));

        foreach (var fo in order.FulfilmentOrders)
        {
            await Api.FulfilAsync(fo.Id, "release");
            await Api.ShipAsync(fo.Id, "PostNL", "3SWOO00000" + fo.Id.ToString("N")[..3]);
        }
        await DrainAsync();

        Assert.Equal("completed", woo.Status(id));
        Assert.Equal(order.FulfilmentOrders.Count, woo.Notes(id).Count(n => n["note"]!.ToString().Contains("3SWOO", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_order_cancelled_in_WooCommerce_is_cancelled_in_the_OMS_and_not_reported_back()
    {
        await ConfigureAsync(WooCommerceAdapterTests.DemoSkus);
        await StockAsync();
        var sample = NewOrder();
        var captured = await DeliverAsync("order.created", sample);
        sample["status"] = "cancelled";
        sample["date_modified_gmt"] = "2017-03-23T09:00:00";

        var cancelled = await DeliverAsync("order.updated", sample);
        await DrainAsync();

        Assert.Equal((InboundStatus.Accepted, captured.ResultId), (cancelled.Status, cancelled.ResultId));
        Assert.Equal(OrderStatus.Cancelled, (await Api.GetOrderAsync(captured.ResultId!)).Status);
        Assert.Empty(woo.StatusHistory(sample["id"]!.ToString()));
    }

    [Fact]
    public async Task An_order_of_unknown_products_is_kept_rejected_and_after_the_mapping_is_fixed_replayed_into_an_order()
    {
        await ConfigureAsync(ConnectorMapping.Empty);
        await StockAsync();
        var sample = NewOrder();

        var rejected = await DeliverAsync("order.created", sample);
        await ConfigureAsync(WooCommerceAdapterTests.DemoSkus);
        var replayed = await Api.ExpectAsync<InboxReceipt>(await Api.PostAsync($"/api/inbox/{rejected.MessageId}/replay"), HttpStatusCode.OK);

        Assert.Equal(InboundStatus.Rejected, rejected.Status);
        Assert.False(string.IsNullOrEmpty(rejected.Reason));
        Assert.Equal((InboundStatus.Accepted, "order"), (replayed.Status, replayed.ResultType));
        Assert.Equal(sample["id"]!.ToString(), (await Api.GetOrderAsync(replayed.ResultId!)).ChannelOrderId);
    }

    [Fact]
    public async Task A_shipment_answered_429_then_500_is_retried_and_the_shop_gets_one_note()
    {
        await ConfigureAsync(WooCommerceAdapterTests.DemoSkus);
        await StockAsync();
        var sample = NewOrder();
        var id = sample["id"]!.ToString();
        var order = await Api.GetOrderAsync((await DeliverAsync("order.created", sample)).ResultId!);
        var fo = order.FulfilmentOrders[0];
        await Api.FulfilAsync(fo.Id, "release");
        await DrainAsync();

        woo.FailNext(ShopFault.RateLimited(TimeSpan.FromSeconds(30)));
        woo.FailNext(ShopFault.ServerError);
        await Api.ShipAsync(fo.Id, "PostNL", "3SWOOFAULT01");
        for (var i = 0; i < 4; i++)
        {
            await DrainAsync();
            fx.Clock.Advance(TimeSpan.FromMinutes(30));
        }

        Assert.Single(woo.Notes(id), n => n["note"]!.ToString().Contains("3SWOOFAULT01", StringComparison.Ordinal));
        Assert.Equal("completed", woo.Status(id));
        Assert.Contains(woo.Requests, r => r.Status == 429);
        Assert.Contains(woo.Requests, r => r.Status == 500);
    }

    [Fact]
    public async Task The_ping_WooCommerce_sends_when_the_webhook_is_saved_is_answered_200()
    {
        await ConfigureAsync(WooCommerceAdapterTests.DemoSkus);
        using var ping = new HttpRequestMessage(HttpMethod.Post, Hook)
        {
            Content = new StringContent("webhook_id=3", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        using var response = await Api.Http.SendAsync(ping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class WooCommerceRoundTripTests_Sqlite(SqliteFixture fx, WooCommerceStandIn woo)
    : WooCommerceRoundTripTests(fx, woo), IClassFixture<SqliteFixture>, IClassFixture<WooCommerceStandIn>;

public sealed class WooCommerceRoundTripTests_Postgres(PostgresFixture fx, WooCommerceStandIn woo)
    : WooCommerceRoundTripTests(fx, woo), IClassFixture<PostgresFixture>, IClassFixture<WooCommerceStandIn>;
