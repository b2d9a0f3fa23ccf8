using System.Net;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Server.Features.Returns;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ExchangeSteps;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>
/// A channel whose return settings release exchanges in advance: the replacement goes at once, before the goods are back
/// (the class has its own server, so the setting touches no other test).
/// </summary>
public abstract class ExchangeAdvanceTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task An_advance_exchange_order_is_released_without_waiting_for_the_goods()
    {
        var size = await NewSkuAsync(Api, atDc: 1);
        var other = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(size));
        using (var content = new StringContent("""{ "channels": { "web": { "exchangeRelease": "advance" } } }""", System.Text.Encoding.UTF8,
            "application/json"))
            Assert.Equal(HttpStatusCode.OK, (await Api.Http.PutAsync("/api/configuration/return-settings?comment=advance", content)).StatusCode);

        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)).ForItems(Replacement(other)));

        Assert.Equal(ExchangeReleaseMode.Advance, ret.Exchange!.ReleaseMode);
        var exchange = await Api.GetOrderAsync(ret.Exchange.OrderNumber!);
        Assert.DoesNotContain(exchange.Holds!, h => h.Kind == HoldKind.AwaitingReturn);
        Assert.NotNull(exchange.ReleaseAfter);
        await Api.FulfilAsync(exchange.FulfilmentOrders[0].Id, "release");
        Assert.Equal(ReturnStatus.Approved, (await Api.ExpectAsync<ReturnResponse>(await GetAsync(Api, ret.Id), HttpStatusCode.OK)).Status);
    }
}


public sealed class ExchangeAdvanceTests_Sqlite(SqliteFixture fx) : ExchangeAdvanceTests(fx), IClassFixture<SqliteFixture>;

public sealed class ExchangeAdvanceTests_Postgres(PostgresFixture fx) : ExchangeAdvanceTests(fx), IClassFixture<PostgresFixture>;
