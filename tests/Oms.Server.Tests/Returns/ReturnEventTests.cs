using System.Text.Json;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>The return order's timeline is published: a webhook subscriber receives its entries as events with the return's data.</summary>
public abstract class ReturnEventTests(OmsFixture fx) : IAsyncLifetime
{
    private OmsClient Api => fx.Api;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_webhook_subscriber_receives_return_requested_once_with_the_returns_data()
    {
        await Api.SubscribeAsync(_receiver.Url("requested"), "return.requested");
        await Api.SubscribeAsync(_receiver.Url("returns"), "return.*");
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(sku));

        var ret = await RequestOkAsync(Api, order.Number, HandIn("STORE-AMS", (order.Lines[0].Id, 1)));
        await fx.SettleAsync();

        // One event per request: the order's timeline shows the request too, but it is published once, as the return's.
        var hook = Assert.Single(_receiver.At("requested"));
        var e = JsonDocument.Parse(hook.Text).RootElement;
        Assert.Equal("com.oms.return.requested.v1", e.GetProperty("type").GetString());
        Assert.Equal(ret.Id.ToString(), e.GetProperty("subject").GetString());
        var data = e.GetProperty("data");
        Assert.Equal((ret.Number, order.Number, order.Id.ToString()),
            (data.GetProperty("number").GetString(), data.GetProperty("orderNumber").GetString(), data.GetProperty("orderId").GetString()));
        // The status is the return's as the command left it: approved by the policy in the same command.
        Assert.Equal(("return", "approved", "return.requested", Agent),
            (data.GetProperty("kind").GetString(), data.GetProperty("status").GetString(), data.GetProperty("entryType").GetString(),
                data.GetProperty("actor").GetString()));
        var line = Assert.Single(data.GetProperty("lines").EnumerateArray().ToList());
        Assert.Equal((sku, 1, 0, 0), (line.GetProperty("sku").GetString(), line.GetProperty("quantity").GetInt32(),
            line.GetProperty("received").GetInt32(), line.GetProperty("refunded").GetInt32()));

        // Receiving is on the return's timeline, so it is an event too, with the line's received units after the change.
        await Api.ExpectAsync<Features.Returns.ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-AMS", Domain.Returns.Disposition.Restock, (ret.Lines[0].Id, 1))), System.Net.HttpStatusCode.OK);
        await fx.SettleAsync();
        var types = _receiver.At("returns").Select(h => JsonDocument.Parse(h.Text).RootElement.GetProperty("type").GetString()).ToList();
        Assert.Contains("com.oms.return.received.v1", types);
        var received = _receiver.At("returns").Select(h => JsonDocument.Parse(h.Text).RootElement)
            .Single(x => x.GetProperty("type").GetString() == "com.oms.return.received.v1").GetProperty("data");
        Assert.Equal(1, received.GetProperty("lines")[0].GetProperty("received").GetInt32());
    }
}

public sealed class ReturnEventTests_Sqlite(SqliteFixture fx) : ReturnEventTests(fx), IClassFixture<SqliteFixture>;

public sealed class ReturnEventTests_Postgres(PostgresFixture fx) : ReturnEventTests(fx), IClassFixture<PostgresFixture>;
