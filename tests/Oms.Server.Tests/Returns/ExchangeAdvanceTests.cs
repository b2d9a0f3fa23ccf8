using System.Net;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Server.Features.Returns;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ExchangeSteps;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>A channel that releases exchanges in advance: the replacement goes at once, before the goods are back.</summary>
public abstract class ExchangeAdvanceTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task An_advance_exchange_order_is_released_without_waiting_for_the_goods()
    {
        var size = await NewSkuAsync(Api, atDc: 1);
        var other = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(size));

        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)).ForItems(Replacement(other)));

        Assert.Equal(ExchangeReleaseMode.Advance, ret.Exchange!.ReleaseMode);
        var exchange = await Api.GetOrderAsync(ret.Exchange.OrderNumber!);
        Assert.DoesNotContain(exchange.Holds!, h => h.Kind == HoldKind.AwaitingReturn);
        Assert.NotNull(exchange.ReleaseAfter);
        await Api.FulfilAsync(exchange.FulfilmentOrders[0].Id, "release");
        Assert.Equal(ReturnStatus.Requested, (await Api.ExpectAsync<ReturnResponse>(await GetAsync(Api, ret.Id), HttpStatusCode.OK)).Status);
    }
}

public sealed class AdvanceExchangeSqliteFixture() : SettingsSqliteFixture(new KeyValuePair<string, string>("Oms:Exchanges:ReleaseMode:web", "Advance"));
public sealed class AdvanceExchangePostgresFixture() : SettingsPostgresFixture(new KeyValuePair<string, string>("Oms:Exchanges:ReleaseMode:web", "Advance"));

public sealed class ExchangeAdvanceTests_Sqlite(AdvanceExchangeSqliteFixture fx) : ExchangeAdvanceTests(fx), IClassFixture<AdvanceExchangeSqliteFixture>;

public sealed class ExchangeAdvanceTests_Postgres(AdvanceExchangePostgresFixture fx) : ExchangeAdvanceTests(fx), IClassFixture<AdvanceExchangePostgresFixture>;
