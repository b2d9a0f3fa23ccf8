using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Inventory;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// Two server processes on one PostgreSQL database behave as one OMS: no unit is promised twice, a channel's resend
/// is one order whichever node gets it, and stock commands from both nodes at once neither fail nor unbalance the books.
/// A failure shows what both servers logged.
/// </summary>
public sealed class MultiNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private const string Dc = "DC-CENTRAL";

    [Fact]
    public Task A_key_revoked_on_one_node_fails_at_once_on_the_other_and_a_token_from_one_node_works_on_the_other()
        => nodes.DiagnoseAsync(async () =>
    {
        var created = await nodes.A.ExpectAsync<Oms.Server.Features.Access.CreatedApiKeyResponse>(await nodes.A.PostAsync("/api/api-keys",
            new { name = "web-sync", roles = new[] { "channel" }, channel = "web" }), HttpStatusCode.Created);
        using var b = nodes.AnonymousB();
        b.DefaultRequestHeaders.Add("X-Api-Key", created.Key);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/api/auth/me")).StatusCode);

        await nodes.A.ExpectAsync<Oms.Server.Features.Access.ApiKeyResponse>(
            await nodes.A.PostAsync($"/api/api-keys/{created.ApiKey.Id}/revoke"), HttpStatusCode.OK);
        await OmsClient.ProblemAsync(await b.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized);

        // Signed in on node A, the token is accepted by node B: the keys that protect it are in the shared database.
        await nodes.A.ExpectAsync<Oms.Server.Features.Access.UserResponse>(await nodes.A.PostAsync("/api/users",
            new { userName = "nadia", password = "nadia-password-1", roles = new[] { "agent" } }), HttpStatusCode.Created);
        using var anonymousA = new HttpClient { BaseAddress = nodes.A.Http.BaseAddress };
        var signIn = await anonymousA.PostAsJsonAsync("/api/auth/sign-in", new { userName = "nadia", password = "nadia-password-1" });
        var signedIn = await signIn.Content.ReadAsStringAsync();
        Assert.True(signIn.StatusCode == HttpStatusCode.OK, signedIn);
        var token = System.Text.Json.JsonDocument.Parse(signedIn).RootElement.GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var anonymousB = nodes.AnonymousB();
        var me = await anonymousB.SendAsync(request);
        Assert.Contains("agent:nadia", await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    });

    [Fact]
    public Task Two_server_processes_on_one_PostgreSQL_never_oversell() => nodes.DiagnoseAsync(async () =>
    {
        await nodes.A.StockOnlyAtAsync("SKU-0034", (Dc, 10));

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            nodes.Either(i).PostAsync("/api/orders", Online(NewId($"NODE{i}"), $"n{i}@example.com", Ship("SKU-0034", 1)))));

        await RaceAssert.StatusesAsync(responses, nodes.ServerLog, HttpStatusCode.Created);
        var orders = await Task.WhenAll(responses.Select(r => nodes.A.ExpectAsync<OrderResponse>(r, HttpStatusCode.Created)));
        Assert.Equal(10, orders.Count(o => o.Lines[0].Status == LineStatus.Allocated));
        Assert.Equal(50, orders.Count(o => o.Lines[0].Status == LineStatus.Backordered));
        var dc = await nodes.B.StockAtAsync("SKU-0034", Dc);
        Assert.Equal((10, 10), (dc.OnHand, dc.Reserved));
        await using var db = nodes.Db();
        await StockBooksAudit.AssertBalancedAsync(db);
    });

    [Fact]
    public Task The_same_channel_order_sent_to_both_nodes_at_once_is_one_order_with_or_without_a_key() => nodes.DiagnoseAsync(async () =>
    {
        var plain = Online(NewId("BOTH"), $"both-{Guid.NewGuid():N}@example.com", Ship("SKU-0035"));
        var keyed = Online(NewId("BOTHKEY"), $"bothkey-{Guid.NewGuid():N}@example.com", Ship("SKU-0035"));
        var key = $"key-{Guid.NewGuid():N}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => i < 10
            ? nodes.Either(i).PostAsync("/api/orders", plain)
            : nodes.Either(i).PostAsync("/api/orders", keyed, idempotencyKey: key)));

        await RaceAssert.StatusesAsync(responses, nodes.ServerLog, HttpStatusCode.Created, HttpStatusCode.OK);
        foreach (var group in new[] { responses[..10], responses[10..] })
        {
            Assert.Single(group, r => r.StatusCode == HttpStatusCode.Created);
            var ids = await Task.WhenAll(group.Select(async r => (await nodes.A.ExpectAsync<OrderResponse>(r, r.StatusCode)).Id));
            Assert.Single(ids.Distinct());
        }
        await using var db = nodes.Db();
        Assert.Equal(1, await db.Orders.CountAsync(o => o.ChannelOrderId == plain.ChannelOrderId));
        Assert.Equal(1, await db.Orders.CountAsync(o => o.ChannelOrderId == keyed.ChannelOrderId));
    });

    [Fact]
    public Task First_orders_of_one_customer_racing_on_both_nodes_make_one_customer() => nodes.DiagnoseAsync(async () =>
    {
        var email = $"first-{Guid.NewGuid():N}@example.com";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            nodes.Either(i).PostAsync("/api/orders", Online(NewId($"FIRST{i}"), email, Ship("SKU-0036")))));

        await RaceAssert.StatusesAsync(responses, nodes.ServerLog, HttpStatusCode.Created);
        var orders = await Task.WhenAll(responses.Select(r => nodes.A.ExpectAsync<OrderResponse>(r, HttpStatusCode.Created)));
        var customerId = Assert.Single(orders.Select(o => o.Customer!.Id).Distinct());
        await using var db = nodes.Db();
        Assert.Equal(customerId, Assert.Single(await db.Customers.AsNoTracking().Where(c => c.Email == email).ToListAsync()).Id);
    });

    [Fact]
    public Task Crossed_cancels_and_shipments_on_both_nodes_at_once_all_succeed_and_the_books_balance() => nodes.DiagnoseAsync(async () =>
    {
        await nodes.A.StockOnlyAtAsync("SKU-0037", (Dc, 1000));
        await nodes.A.StockOnlyAtAsync("SKU-0038", (Dc, 1000));
        var captured = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            nodes.Either(i).PostAsync("/api/orders", ConcurrentStockTests.Crossed("NODEX", i, "SKU-0037", "SKU-0038"))));
        await RaceAssert.StatusesAsync(captured, nodes.ServerLog, HttpStatusCode.Created);
        var orders = await Task.WhenAll(captured.Select(r => nodes.A.ExpectAsync<OrderResponse>(r, HttpStatusCode.Created)));
        var (toCancel, toShip) = (orders[..30], orders[30..]);

        // Each cancel goes to both nodes at once (a resent cancellation succeeds too); each fulfilment order is released
        // on one node and its ship event sent to both; new orders and counts of the same rows arrive meanwhile.
        var work = new List<Task<HttpResponseMessage[]>>();
        var cancel = new CancelOrderRequest(null, "customer changed their mind");
        work.AddRange(toCancel.Select(o => Task.WhenAll(
            nodes.A.PostAsync($"/api/orders/{o.Id}/cancel", cancel, "agent:anna"),
            nodes.B.PostAsync($"/api/orders/{o.Number}/cancel", cancel, "agent:bob"))));
        work.AddRange(toShip.Select((o, i) => ReleaseAndShipAsync(o, i)));
        work.AddRange(Enumerable.Range(0, 20).Select(async i =>
            new[] { await nodes.Either(i).PostAsync("/api/orders", ConcurrentStockTests.Crossed("NODEY", i, "SKU-0037", "SKU-0038")) }));
        work.AddRange(Enumerable.Range(0, 6).Select(async i => new[] { await nodes.Either(i).SendAsync(HttpMethod.Put,
            $"/api/stock/{Dc}/{(i % 2 == 0 ? "SKU-0037" : "SKU-0038")}", new SetStockRequest(1000, 0, "cycle count"), "wms:count") }));
        var responses = (await Task.WhenAll(work)).SelectMany(r => r).ToList();

        await RaceAssert.StatusesAsync(responses, nodes.ServerLog, HttpStatusCode.OK, HttpStatusCode.Created);
        foreach (var o in await Task.WhenAll(toCancel.Select(o => nodes.B.GetOrderAsync(o.Number))))
            Assert.All(o.Lines, l => Assert.Equal(LineStatus.Cancelled, l.Status));
        foreach (var o in await Task.WhenAll(toShip.Select(o => nodes.A.GetOrderAsync(o.Number))))
        {
            Assert.All(o.Lines, l => Assert.Equal(LineStatus.Shipped, l.Status));
            Assert.Single(o.Shipments);
        }
        // The 20 new orders hold one unit of each SKU; everything else was given back or left.
        Assert.Equal(20, (await nodes.B.StockAtAsync("SKU-0037", Dc)).Reserved);
        Assert.Equal(20, (await nodes.A.StockAtAsync("SKU-0038", Dc)).Reserved);
        await using var db = nodes.Db();
        await StockBooksAudit.AssertBalancedAsync(db);
    });

    /// <summary>Released on one node, the ship event then sent to both at once (a WMS resending it).</summary>
    private async Task<HttpResponseMessage[]> ReleaseAndShipAsync(OrderResponse o, int i)
    {
        var fo = Assert.Single(o.FulfilmentOrders).Id;
        var release = await nodes.Either(i).PostAsync($"/api/fulfilment-orders/{fo}/release", null, "wms:test");
        var ship = new ShipRequest("PostNL", $"3S{o.Number}", null);
        var ships = await Task.WhenAll(nodes.A.PostAsync($"/api/fulfilment-orders/{fo}/ship", ship, "wms:test"),
            nodes.B.PostAsync($"/api/fulfilment-orders/{fo}/ship", ship, "wms:test"));
        return [release, .. ships];
    }
}
