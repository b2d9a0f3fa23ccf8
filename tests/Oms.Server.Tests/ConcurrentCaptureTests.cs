using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// Captures that meet in a unique index (one customer's e-mail, one Idempotency-Key, one channel order id) all get an
/// answer a channel can act on, on either database: the winner 201, the replays 200, a reused key 422; never a 500.
/// </summary>
public abstract class ConcurrentCaptureTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;
    private Func<string> Logged => RaceAssert.Logged(fx);

    [Fact]
    public async Task Twenty_racing_first_orders_of_one_customer_make_twenty_orders_and_one_customer()
    {
        var email = $"racer-{Guid.NewGuid():N}@example.com";

        // The same address as the channel typed it: some in capitals, which is still the same customer.
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => fx.PatientClient().PostAsync("/api/orders",
            Online(NewId($"FIRST{i}"), i % 2 == 0 ? email : email.ToUpperInvariant(), Ship("SKU-0021")))));

        await RaceAssert.StatusesAsync(responses, Logged, HttpStatusCode.Created);
        var orders = await Task.WhenAll(responses.Select(r => Api.ExpectAsync<OrderResponse>(r, HttpStatusCode.Created)));
        Assert.Equal(20, orders.Select(o => o.Id).Distinct().Count());
        var customerId = Assert.Single(orders.Select(o => o.Customer!.Id).Distinct());
        using var scope = fx.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        Assert.Equal(customerId, Assert.Single(await db.Customers.AsNoTracking().Where(c => c.Email == email).ToListAsync()).Id);
        Assert.Equal(20, await db.Orders.CountAsync(o => o.CustomerId == customerId));
    }

    [Fact]
    public async Task The_same_idempotency_key_sent_ten_times_at_once_makes_one_order_and_nine_replays()
    {
        var key = $"key-{Guid.NewGuid():N}";
        var request = Online(NewId("IDEM"), $"idem-{Guid.NewGuid():N}@example.com", Ship("SKU-0022"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            fx.PatientClient().PostAsync("/api/orders", request, idempotencyKey: key)));

        await RaceAssert.StatusesAsync(responses, Logged, HttpStatusCode.Created, HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.OK),
            r => Assert.Equal("true", r.Headers.GetValues("Idempotent-Replayed").Single()));
        var ids = await Task.WhenAll(responses.Select(async r => (await Api.ExpectAsync<OrderResponse>(r, r.StatusCode)).Id));
        Assert.Single(ids.Distinct());
        using var scope = fx.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        Assert.Equal(1, await db.Orders.CountAsync(o => o.ChannelOrderId == request.ChannelOrderId));
        Assert.Equal(ids[0], (await db.IdempotencyRecords.AsNoTracking().SingleAsync(x => x.Key == key)).ResourceId);
    }

    [Fact]
    public async Task One_idempotency_key_on_ten_different_orders_at_once_captures_one_and_refuses_the_rest()
    {
        var key = $"key-{Guid.NewGuid():N}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => fx.PatientClient().PostAsync("/api/orders",
            Online(NewId($"REUSE{i}"), $"reuse{i}-{Guid.NewGuid():N}@example.com", Ship("SKU-0023")), idempotencyKey: key)));

        await RaceAssert.StatusesAsync(responses, Logged, HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity);
        var created = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var winner = await Api.ExpectAsync<OrderResponse>(created, HttpStatusCode.Created);
        foreach (var r in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await OmsClient.ProblemAsync(r, HttpStatusCode.UnprocessableEntity);
            Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using var scope = fx.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        Assert.Equal(1, await db.Orders.CountAsync(o => o.ChannelOrderId.StartsWith("REUSE")));
        Assert.Equal(winner.Id, (await db.IdempotencyRecords.AsNoTracking().SingleAsync(x => x.Key == key)).ResourceId);
    }

    [Fact]
    public async Task The_same_channel_order_sent_ten_times_at_once_without_a_key_makes_one_order_and_nine_replays()
    {
        var request = Online(NewId("TWICE"), $"twice-{Guid.NewGuid():N}@example.com", Ship("SKU-0024"), Ship("SKU-0025"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => fx.PatientClient().PostAsync("/api/orders", request)));

        await RaceAssert.StatusesAsync(responses, Logged, HttpStatusCode.Created, HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await Api.ExpectAsync<OrderResponse>(r, r.StatusCode)).Id));
        Assert.Single(ids.Distinct());
        await StockBooksAudit.AssertBalancedAsync(fx);
    }
}

public sealed class ConcurrentCaptureTests_Sqlite(SqliteFixture fx) : ConcurrentCaptureTests(fx), IClassFixture<SqliteFixture>;

public sealed class ConcurrentCaptureTests_Postgres(PostgresFixture fx) : ConcurrentCaptureTests(fx), IClassFixture<PostgresFixture>;
