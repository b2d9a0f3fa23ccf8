using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Sourcing;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Rejections by a location, the exception queue, and back-orders sourced again when stock arrives.</summary>
public abstract class ResourcingTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_rejected_line_is_sourced_again_without_the_location_that_rejected_it()
    {
        await Api.StockOnlyAtAsync("SKU-0026", ("DC-CENTRAL", 5), ("STORE-DHG", 5), ("STORE-RTM", 5));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0026", 2)));
        var first = order.FulfilmentOrders[0];
        await Api.FulfilAsync(first.Id, "release");

        order = await Reject(first.Id, "damaged in the rack");

        var line = order.Lines[0];
        Assert.Equal(LineStatus.Allocated, line.Status);
        Assert.Equal("STORE-DHG", line.FulfilmentLocation);
        Assert.Equal(["DC-CENTRAL"], line.RejectedBy);
        Assert.Equal(FulfilmentOrderStatus.Rejected, order.FulfilmentOrders.Single(f => f.Id == first.Id).Status);
        Assert.Equal("damaged in the rack", order.FulfilmentOrders.Single(f => f.Id == first.Id).RejectReason);
        Assert.Equal(0, (await Api.StockAtAsync("SKU-0026", "DC-CENTRAL")).Reserved);
        Assert.Equal(2, (await Api.StockAtAsync("SKU-0026", "STORE-DHG")).Reserved);
        Assert.Contains(order.Timeline, t => t.Type == "line.rejected" && t.Message.Contains("damaged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_every_location_rejects_the_order_waits_in_the_exception_queue()
    {
        await Api.StockOnlyAtAsync("SKU-0027", ("DC-CENTRAL", 1), ("STORE-AMS", 1));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0027")));
        order = await Reject(order.FulfilmentOrders[0].Id, "item not found");
        var second = order.FulfilmentOrders.Single(f => f.Status == FulfilmentOrderStatus.Allocated);

        order = await Reject(second.Id, "item not found");

        Assert.Equal(OrderStatus.Exception, order.Status);
        Assert.Equal(LineStatus.Exception, order.Lines[0].Status);
        var queue = await Api.ExpectAsync<CursorPage<ExceptionQueueItem>>(await Api.Http.GetAsync("/api/exception-queue"), HttpStatusCode.OK);
        // The queue says which line is stuck, why, and what was tried: both locations gave it back.
        var stuck = Assert.Single(queue.Items, i => i.OrderId == order.Id);
        Assert.Equal((order.Lines[0].Id, "SKU-0027"), (stuck.LineId, stuck.Sku));
        Assert.Contains("rejected by", stuck.Reason, StringComparison.Ordinal);
        Assert.Equal(2, stuck.Tried.Count);
        Assert.All(stuck.Tried, t => Assert.Equal("item not found", t.Reason));
        // And each location still sees the line it gave back.
        var first = order.FulfilmentOrders.First(f => f.Location == stuck.Tried[0].Location);
        Assert.Equal(order.Lines[0].Id, Assert.Single(first.RejectedLines).LineId);
        Assert.Equal(0, (await Api.StockAsync("SKU-0027")).Reserved);

        // Stock found elsewhere: operations sources it again and the order leaves the queue.
        await Api.SetStockAsync("STORE-RTM", "SKU-0027", 3);
        order = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Number}/source", null, "ops:olga"), HttpStatusCode.OK);
        Assert.Equal("STORE-RTM", order.Lines[0].FulfilmentLocation);
        Assert.Equal(OrderStatus.Allocated, order.Status);
    }

    [Fact]
    public async Task Rejecting_a_shipped_line_is_refused()
    {
        await Api.StockOnlyAtAsync("SKU-0028", ("DC-CENTRAL", 5));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0028")));
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        await Api.ShipAsync(fo);

        var response = await Api.PostAsync($"/api/fulfilment-orders/{fo}/reject", new RejectRequest(null, "lost"));

        await OmsClient.ProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Back_orders_are_allocated_oldest_first_when_stock_arrives()
    {
        await Api.StockOnlyAtAsync("SKU-0029");
        var older = await Api.CaptureAsync(Online(Ship("SKU-0029", 2)));
        fx.Clock.Advance(TimeSpan.FromMinutes(5));
        var newer = await Api.CaptureAsync(Online(Ship("SKU-0029", 2)));
        Assert.Equal(OrderStatus.Backordered, older.Status);

        await Api.SetStockAsync("DC-CENTRAL", "SKU-0029", 3);

        Assert.Equal(OrderStatus.Allocated, (await Api.GetOrderAsync(older.Number)).Status);
        Assert.Equal(OrderStatus.Backordered, (await Api.GetOrderAsync(newer.Number)).Status);
        await Api.ExpectAsync<Features.Inventory.AvailabilityResponse>(await Api.PostAsync("/api/stock/DC-CENTRAL/SKU-0029/adjustments",
            new Features.Inventory.AdjustStockRequest(1, "receipt")), HttpStatusCode.OK);
        Assert.Equal(OrderStatus.Allocated, (await Api.GetOrderAsync(newer.Number)).Status);
        Assert.Equal(4, (await Api.StockAtAsync("SKU-0029", "DC-CENTRAL")).Reserved);
    }

    [Fact]
    public async Task A_channel_that_does_not_accept_back_orders_gets_a_clear_refusal()
    {
        await Api.StockOnlyAtAsync("SKU-0030", ("DC-CENTRAL", 1));
        var before = await DbSnapshot.TakeAsync(fx);

        var response = await Api.PostAsync("/api/orders", Online(Ship("SKU-0030", 2)) with { Channel = "marketplace" });

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("does not accept back-orders", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines[0].quantity", out _));
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    private async Task<OrderResponse> Reject(Guid fulfilmentOrderId, string reason)
        => await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/fulfilment-orders/{fulfilmentOrderId}/reject",
            new RejectRequest(null, reason), "wms:test"), HttpStatusCode.OK);
}

public sealed class ResourcingTests_Sqlite(SqliteFixture fx) : ResourcingTests(fx), IClassFixture<SqliteFixture>;

public sealed class ResourcingTests_Postgres(PostgresFixture fx) : ResourcingTests(fx), IClassFixture<PostgresFixture>;
