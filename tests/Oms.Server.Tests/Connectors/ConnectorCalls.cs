using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Catalog;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;
using Oms.Server.Core.Outbox;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Inbox;
using Oms.Server.Features.Inventory;
using Oms.Server.Features.Network;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;

namespace Oms.Server.Tests.Connectors;

/// <summary>The public API calls the connector round-trip tests make: connectors, polls, the inbox, orders, the relay.</summary>
internal sealed class ConnectorCalls(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    /// <summary>A marketplace channel of its own, so that a test's connector is the only one on it.</summary>
    public async Task<string> NewChannelAsync(string prefix)
    {
        var code = $"{prefix}-{Guid.NewGuid():N}"[..16];
        var response = await Api.SendAsync(HttpMethod.Put, $"/api/channels/{code}",
            new ChannelRequest(code, $"Marketplace {code}", ChannelType.Marketplace, "EUR"));
        await Api.ExpectAsync<ChannelResponse>(response, HttpStatusCode.Created);
        return code;
    }

    public async Task<(ConnectorResponse Connector, string Text)> CreateAsync(ConnectorRequest request)
    {
        var response = await Api.PostAsync("/api/connectors", request);
        var text = await response.Content.ReadAsStringAsync();
        return (await Api.ExpectAsync<ConnectorResponse>(response, HttpStatusCode.Created), text);
    }

    public async Task<(ConnectorResponse Connector, string Text)> GetAsync(string code)
    {
        var response = await Api.SendAsync(HttpMethod.Get, $"/api/connectors/{code}");
        var text = await response.Content.ReadAsStringAsync();
        return (await Api.ExpectAsync<ConnectorResponse>(response, HttpStatusCode.OK), text);
    }

    public async Task<ConnectorResponse> ReplaceAsync(string code, ConnectorRequest request)
        => await Api.ExpectAsync<ConnectorResponse>(await Api.SendAsync(HttpMethod.Put, $"/api/connectors/{code}", request), HttpStatusCode.OK);

    public async Task<PollResponse> PollAsync(string code)
        => await Api.ExpectAsync<PollResponse>(await Api.PostAsync($"/api/connectors/{code}/poll"), HttpStatusCode.OK);

    public async Task<AvailabilityPushResult> AvailabilityAsync(string code, string verb)
        => await Api.ExpectAsync<AvailabilityPushResult>(await Api.PostAsync($"/api/connectors/{code}/availability/{verb}"), HttpStatusCode.OK);

    public async Task<IReadOnlyList<InboundMessageResponse>> InboxAsync(string source)
        => (await Api.ExpectAsync<CursorPage<InboundMessageResponse>>(
            await Api.SendAsync(HttpMethod.Get, $"/api/inbox?source={source}&limit=100"), HttpStatusCode.OK)).Items;

    public async Task<InboxReceipt> ReplayAsync(Guid messageId)
        => await Api.ExpectAsync<InboxReceipt>(await Api.PostAsync($"/api/inbox/{messageId}/replay"), HttpStatusCode.OK);

    /// <summary>The orders that carry this channel order id (found through the order search).</summary>
    public async Task<IReadOnlyList<OrderSummaryResponse>> OrdersAsync(string channelOrderId)
        => (await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(
            await Api.SendAsync(HttpMethod.Get, $"/api/orders?channelOrderId={Uri.EscapeDataString(channelOrderId)}"), HttpStatusCode.OK)).Items;

    /// <summary>The one order with this channel order id, in full.</summary>
    public async Task<OrderResponse> OrderAsync(string channelOrderId)
        => await Api.GetOrderAsync(Assert.Single(await OrdersAsync(channelOrderId)).Number);

    /// <summary>Releases the order's fulfilment order to its warehouse and ships it with this carrier and tracking number.</summary>
    public async Task<OrderResponse> ShipAsync(OrderResponse order, string carrier, string tracking)
    {
        var fo = Assert.Single(order.FulfilmentOrders);
        await Api.FulfilAsync(fo.Id, "release");
        return await Api.ShipAsync(fo.Id, carrier, tracking);
    }

    public async Task AdjustAsync(string location, string sku, int delta)
        => await Api.ExpectAsync<StockPositionResponse>(
            await Api.PostAsync($"/api/stock/{location}/{sku}/adjustments", new AdjustStockRequest(delta, "counted")), HttpStatusCode.OK);

    /// <summary>Delivers every outbox message that is due now (the channel notices among them).</summary>
    public Task<int> DrainAsync() => fx.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None);
}
