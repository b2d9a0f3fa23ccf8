using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Connectors;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Outbox;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Warehouse.WmsFixture;

namespace Oms.Server.Tests.Warehouse;

/// <summary>
/// A 3PL and a store served over RabbitMQ: releases reach the location's queue, its confirmations and stock messages come
/// back through the inbox into the same commands as the HTTP API, once each, also across a broker restart.
/// </summary>
public abstract class WarehouseBusTests(WmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task An_order_released_to_a_bus_served_location_reaches_its_queue_and_the_wms_confirmations_ship_it()
    {
        await Api.StockOnlyAtAsync("SKU-0010", (ThirdParty, 50));
        var (order, fo) = await ReleasedAsync("SKU-0010", qty: 2);
        await using var wms = new TestWms(fx.BusUri);

        // Other tests of the class release to the 3PL too: its queue holds their messages before this one.
        var release = await wms.TakeReleaseAsync(ThirdParty, $"release-{fo}");
        Assert.Equal(($"release-{fo}", $"wms.{ThirdParty}.release"), (release.MessageId, release.RoutingKey));
        var body = release.Body;
        Assert.Equal(("release", release.MessageId, ThirdParty), (body.GetProperty("type").GetString(),
            body.GetProperty("messageId").GetString(), body.GetProperty("location").GetString()));
        var released = body.GetProperty("fulfilmentOrder");
        Assert.Equal((fo, order.Number, "shipToAddress", "Amsterdam"), (released.GetProperty("id").GetGuid(),
            released.GetProperty("orderNumber").GetString(), released.GetProperty("deliveryMethod").GetString(),
            released.GetProperty("shipTo").GetProperty("city").GetString()));
        var line = Assert.Single(released.GetProperty("lines").EnumerateArray());
        Assert.Equal(("SKU-0010", 2, order.Lines[0].Id), (line.GetProperty("sku").GetString(), line.GetProperty("quantity").GetInt32(),
            line.GetProperty("lineId").GetGuid()));

        var prefix = Guid.NewGuid().ToString("N");
        foreach (var type in new[] { "acknowledge", "pick", "pack" })
            await wms.PublishAsync(new { type, messageId = $"{prefix}-{type}", location = ThirdParty, fulfilmentOrderId = fo }, ThirdParty);
        await wms.PublishAsync(new
        {
            type = "dispatch", messageId = $"{prefix}-dispatch", location = ThirdParty, fulfilmentOrderId = fo, carrier = "DHL",
            trackingNumber = "JVGL0001",
        }, ThirdParty);

        var shipped = await ShippedAsync(order.Id);
        var shipment = Assert.Single(shipped.Shipments);
        Assert.Equal(("DHL", "JVGL0001"), (shipment.Carrier, shipment.TrackingNumber));
        Assert.Contains(shipped.Timeline, t => t.Type == "line.picked" && t.Actor == $"wms:{ThirdParty}");
        Assert.Contains(shipped.Timeline, t => t.Type == "line.packed");
        var stock = await Api.StockAtAsync("SKU-0010", ThirdParty);
        Assert.Equal((48, 0), (stock.OnHand, stock.Reserved));
        var inbox = (await fx.InboxAsync(ThirdParty)).Where(m => m.DedupKey.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(4, inbox.Count);
        Assert.All(inbox, m => Assert.Equal(InboundStatus.Accepted, m.Status));
        Assert.Equal(("shipment", "JVGL0001"), (inbox.Single(m => m.MessageType == "dispatch").ResultType,
            inbox.Single(m => m.MessageType == "dispatch").ResultId));
    }

    [Fact]
    public async Task A_location_s_rejection_over_the_bus_gives_the_lines_back_to_sourcing_with_its_reason()
    {
        await Api.StockOnlyAtAsync("SKU-0012", (ThirdParty, 5), ("DC-CENTRAL", 0));
        var (order, fo) = await ReleasedAsync("SKU-0012");
        await Api.SetStockAsync("DC-CENTRAL", "SKU-0012", 5);
        await using var wms = new TestWms(fx.BusUri);
        var id = Guid.NewGuid().ToString("N");

        await wms.PublishAsync(new { type = "reject", messageId = id, location = ThirdParty, fulfilmentOrderId = fo, reason = "damaged" },
            ThirdParty);

        await Eventually.TrueAsync(async () => (await fx.InboxMessageAsync(ThirdParty, id))?.Status == InboundStatus.Accepted, "the rejection");
        var after = await Api.GetOrderAsync(order.Id.ToString());
        var rejected = after.FulfilmentOrders.Single(f => f.Id == fo);
        Assert.Equal("damaged", Assert.Single(rejected.RejectedLines).Reason);
        Assert.Equal("DC-CENTRAL", Assert.Single(after.Lines).FulfilmentLocation);
    }

    [Fact]
    public async Task Stock_deltas_and_snapshots_change_stock_and_a_redelivered_message_applies_once()
    {
        await Api.SetStockAsync(Store, "SKU-0001", 10);
        await Api.SetStockAsync(Store, "SKU-0003", 4);
        await Api.SetStockAsync(Store, "SKU-0006", 3);
        await using var wms = new TestWms(fx.BusUri);
        var delta = new { type = "stock-delta", messageId = Guid.NewGuid().ToString("N"), location = Store, sku = "SKU-0001", delta = 5,
            reason = "goods received" };

        await wms.PublishAsync(delta, Store);
        await wms.PublishAsync(delta, Store);

        await Eventually.TrueAsync(async () => (await fx.InboxMessageAsync(Store, delta.messageId))?.Duplicates == 1, "the second delivery");
        Assert.Equal(InboundStatus.Accepted, (await fx.InboxMessageAsync(Store, delta.messageId))!.Status);
        Assert.Equal(15, (await Api.StockAtAsync("SKU-0001", Store)).OnHand);

        var partial = Guid.NewGuid().ToString("N");
        await wms.PublishAsync(new { type = "stock-snapshot", messageId = partial, location = Store, complete = false,
            items = new[] { new { sku = "SKU-0003", onHand = 9 } } }, Store);
        await Eventually.TrueAsync(async () => (await fx.InboxMessageAsync(Store, partial))?.Status == InboundStatus.Accepted, "the snapshot");
        Assert.Equal((9, 15), ((await Api.StockAtAsync("SKU-0003", Store)).OnHand, (await Api.StockAtAsync("SKU-0001", Store)).OnHand));

        // A complete snapshot is the location's whole stock: what it does not list, it does not hold.
        var full = Guid.NewGuid().ToString("N");
        await wms.PublishAsync(new { type = "stock-snapshot", messageId = full, location = Store,
            items = new[] { new { sku = "SKU-0003", onHand = 2 } } }, Store);
        await Eventually.TrueAsync(async () => (await fx.InboxMessageAsync(Store, full))?.Status == InboundStatus.Accepted, "the full snapshot");
        Assert.Equal((2, 0), ((await Api.StockAtAsync("SKU-0003", Store)).OnHand, (await Api.StockAtAsync("SKU-0001", Store)).OnHand));
        Assert.Equal(0, (await Api.StockAtAsync("SKU-0006", Store)).OnHand);
    }

    [Fact]
    public async Task Poison_messages_are_kept_as_rejected_with_reason_and_field_and_not_delivered_again()
    {
        await using var wms = new TestWms(fx.BusUri);
        var notJson = Guid.NewGuid().ToString("N");
        var unknownOrder = Guid.NewGuid().ToString("N");
        var tooMuch = Guid.NewGuid().ToString("N");
        await wms.PublishRawAsync("this is { not json", $"wms.{ThirdParty}.inbound", notJson);
        await wms.PublishAsync(new { type = "dispatch", messageId = unknownOrder, location = ThirdParty, fulfilmentOrderId = Guid.NewGuid(),
            carrier = "DHL", trackingNumber = "X1" }, ThirdParty);
        await wms.PublishAsync(new { type = "stock-delta", messageId = tooMuch, location = Store, sku = "SKU-0007", delta = -1_000_000 }, Store);
        // Consumed in order: once this one is in, the poison ones before it were settled.
        var marker = Guid.NewGuid().ToString("N");
        await wms.PublishAsync(new { type = "stock-delta", messageId = marker, location = Store, sku = "SKU-0007", delta = 1 }, Store);

        await Eventually.TrueAsync(async () => (await fx.InboxMessageAsync(Store, marker))?.Status == InboundStatus.Accepted, "the marker");
        var bad = await fx.InboxMessageAsync(ThirdParty, notJson);
        Assert.Equal((InboundStatus.Rejected, "body"), (bad!.Status, bad.Field));
        Assert.Contains("not JSON", bad.Reason, StringComparison.Ordinal);
        var unknown = await fx.InboxMessageAsync(ThirdParty, unknownOrder);
        Assert.Equal((InboundStatus.Rejected, "fulfilmentOrderId"), (unknown!.Status, unknown.Field));
        var overdrawn = await fx.InboxMessageAsync(Store, tooMuch);
        Assert.Equal(InboundStatus.Rejected, overdrawn!.Status);
        Assert.False(string.IsNullOrWhiteSpace(overdrawn.Reason));
        // Acknowledged, not requeued or dead-lettered: each was delivered and handled once.
        Assert.All(new[] { bad, unknown, overdrawn }, m => Assert.Equal((0, 1), (m.Duplicates, m.Attempts)));
        Assert.Equal(0u, await wms.CountAsync("oms.wms.inbound"));
        Assert.Equal(0u, await wms.CountAsync("oms.dead-letter"));
    }

    [Fact]
    public async Task Confirmations_sent_while_the_broker_restarts_are_all_applied_exactly_once()
    {
        const int n = 24;
        await Api.StockOnlyAtAsync("SKU-0014", (ThirdParty, 100));
        var orders = new List<(Guid Order, Guid Fo)>();
        for (var i = 0; i < n; i++)
        {
            var (order, fo) = await ReleasedAsync("SKU-0014", drain: false);
            orders.Add((order.Id, fo));
        }
        await fx.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None);
        await using var wms = new TestWms(fx.BusUri);
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var restartAt = new TaskCompletionSource();

        var publishing = Task.Run(async () =>
        {
            for (var i = 0; i < n; i++)
            {
                if (i == n / 3) restartAt.TrySetResult();
                await wms.PublishAsync(new
                {
                    type = "dispatch", messageId = $"{prefix}-{i}", location = ThirdParty, fulfilmentOrderId = orders[i].Fo,
                    carrier = "PostNL", trackingNumber = $"3S{prefix}{i:00}",
                }, ThirdParty);
            }
        });
        await restartAt.Task;
        await fx.Broker.StopNodeAsync();
        await fx.Broker.StartNodeAsync();
        await publishing;

        foreach (var (order, _) in orders) await ShippedAsync(order);
        for (var i = 0; i < n; i++)
        {
            var shipped = await Api.GetOrderAsync(orders[i].Order.ToString());
            Assert.Equal($"3S{prefix}{i:00}", Assert.Single(shipped.Shipments).TrackingNumber);
        }
        var inbox = (await fx.InboxAsync(ThirdParty)).Where(m => m.DedupKey.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(n, inbox.Count);
        Assert.All(inbox, m => Assert.Equal(InboundStatus.Accepted, m.Status));
        var stock = await Api.StockAtAsync("SKU-0014", ThirdParty);
        Assert.Equal((100 - n, 0), (stock.OnHand, stock.Reserved));
    }

    /// <summary>An order of one line that only the 3PL can serve, captured and released to it.</summary>
    private async Task<(OrderResponse Order, Guid Fo)> ReleasedAsync(string sku, int qty = 1, bool drain = true)
    {
        var order = await Api.CaptureAsync(Online(Ship(sku, qty)));
        var fo = Assert.Single(order.FulfilmentOrders);
        Assert.Equal(ThirdParty, fo.Location);
        await Api.FulfilAsync(fo.Id, "release");
        if (drain) await fx.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None);
        return (order, fo.Id);
    }

    private async Task<OrderResponse> ShippedAsync(Guid orderId)
    {
        OrderResponse? order = null;
        await Eventually.TrueAsync(async () =>
        {
            order = await Api.GetOrderAsync(orderId.ToString());
            return order.Lines.All(l => l.Status == LineStatus.Shipped);
        }, $"order {orderId} to ship");
        return order!;
    }
}

public sealed class WarehouseBusTests_Sqlite(WmsSqliteFixture fx) : WarehouseBusTests(fx), IClassFixture<WmsSqliteFixture>;

public sealed class WarehouseBusTests_Postgres(WmsPostgresFixture fx) : WarehouseBusTests(fx), IClassFixture<WmsPostgresFixture>;
