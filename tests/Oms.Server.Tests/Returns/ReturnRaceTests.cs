using System.Net;
using Oms.Server.Features.Returns;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>Returns racing for the same units never take more than was sold, on either database.</summary>
public abstract class ReturnRaceTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Twenty_concurrent_returns_of_the_one_delivered_unit_create_exactly_one()
    {
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(sku));
        var request = ShipBack((order.Lines[0].Id, 1));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => RequestAsync(fx.NewClient(), order.Number, request)));

        await RaceAssert.StatusesAsync(responses, RaceAssert.Logged(fx), HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var listed = await Api.ExpectAsync<OrderReturnsResponse>(await Api.SendAsync(HttpMethod.Get, $"/api/orders/{order.Number}/returns"),
            HttpStatusCode.OK);
        Assert.Equal(1, Assert.Single(listed.Returns).Lines.Sum(l => l.Quantity));
        Assert.Single((await Api.GetOrderAsync(order.Number)).Timeline, t => t.Type == "return.requested");
    }
}

public sealed class ReturnRaceTests_Sqlite(SqliteFixture fx) : ReturnRaceTests(fx), IClassFixture<SqliteFixture>;

public sealed class ReturnRaceTests_Postgres(PostgresFixture fx) : ReturnRaceTests(fx), IClassFixture<PostgresFixture>;
