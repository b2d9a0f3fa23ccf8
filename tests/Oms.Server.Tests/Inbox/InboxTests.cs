using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;
using Oms.Server.Core.Json;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests.Inbox;

/// <summary>
/// The inbox every inbound message goes through: kept raw before it is handled, a repeat recognised and answered with the
/// first outcome, a message that cannot be used kept with its reason and field and replayed after the fix, a failure that
/// may pass tried again by the sweep. Driven with the OMS's own order JSON through the real capture command.
/// </summary>
public abstract class InboxTests(OmsFixture fx)
{
    private MessageInbox Inbox => fx.Services.GetRequiredService<MessageInbox>();

    private static InboundEnvelope Message(CaptureOrderRequest order, string? key = null)
        => new(JsonOrderInbound.Source, null, "order", key ?? order.ChannelOrderId!, "application/json", OmsJson.Serialize(order),
            new Dictionary<string, string> { ["X-Test"] = "yes" });

    private async Task<int> OrdersWithChannelIdAsync(string channelOrderId)
    {
        using var scope = fx.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OmsDbContext>().Orders.CountAsync(o => o.ChannelOrderId == channelOrderId);
    }

    private async Task<JsonElement> MessageAsync(Guid id)
    {
        var response = await fx.Api.Http.GetAsync($"/api/inbox/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task A_message_delivered_three_times_makes_one_order_and_the_repeats_are_counted()
    {
        await fx.Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10));
        var order = Online(Ship("SKU-0001"));

        var first = await Inbox.ReceiveAsync(Message(order), default);
        var second = await Inbox.ReceiveAsync(Message(order), default);
        var third = await Inbox.ReceiveAsync(Message(order), default);

        Assert.Equal(InboundStatus.Accepted, first.Status);
        Assert.False(first.Duplicate);
        Assert.Equal("order", first.ResultType);
        Assert.All([second, third], r =>
        {
            Assert.True(r.Duplicate);
            Assert.Equal(first.MessageId, r.MessageId);
            Assert.Equal(first.ResultId, r.ResultId);
        });
        Assert.Equal(1, await OrdersWithChannelIdAsync(order.ChannelOrderId!));
        var stored = await MessageAsync(first.MessageId);
        Assert.Equal("accepted", stored.GetProperty("status").GetString());
        Assert.Equal(2, stored.GetProperty("duplicates").GetInt32());
        Assert.Equal(OmsJson.Serialize(order), stored.GetProperty("body").GetString());
        Assert.Contains("X-Test", stored.GetProperty("headers").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.ResultId, (await fx.Api.GetOrderAsync(first.ResultId!)).Number);
    }

    [Fact]
    public async Task Deliveries_of_one_message_at_the_same_time_make_one_order()
    {
        await fx.Api.StockOnlyAtAsync("SKU-0002", ("DC-CENTRAL", 10));
        var order = Online(Ship("SKU-0002"));

        var receipts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Inbox.ReceiveAsync(Message(order), default))));

        Assert.Single(receipts, r => !r.Duplicate);
        Assert.Single(receipts.Select(r => r.MessageId).Distinct());
        Assert.Equal(1, await OrdersWithChannelIdAsync(order.ChannelOrderId!));
        var stored = await MessageAsync(receipts[0].MessageId);
        Assert.Equal("accepted", stored.GetProperty("status").GetString());
        Assert.Equal(5, stored.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task A_message_the_oms_cannot_use_is_kept_with_its_reason_and_field_and_replayed_after_the_fix()
    {
        var sku = $"NEW-{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        var order = Online(Ship(sku));

        var receipt = await Inbox.ReceiveAsync(Message(order), default);

        Assert.Equal(InboundStatus.Rejected, receipt.Status);
        Assert.Contains(sku, receipt.Reason, StringComparison.Ordinal);
        Assert.NotNull(receipt.Field);
        Assert.Equal(0, await OrdersWithChannelIdAsync(order.ChannelOrderId!));
        var listed = await fx.Api.Http.GetFromJsonAsync<JsonElement>($"/api/inbox?status=rejected&source={JsonOrderInbound.Source}&limit=200");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetGuid() == receipt.MessageId);

        // The master data is fixed: the product exists now.
        var product = await fx.Api.Http.PutAsJsonAsync($"/api/products/{sku}", new { sku, name = "New product", listPrice = 49.95m, currency = "EUR" });
        Assert.True(product.IsSuccessStatusCode, await product.Content.ReadAsStringAsync());
        var replay = await fx.Api.PostAsync($"/api/inbox/{receipt.MessageId}/replay");
        var replayed = await fx.Api.ExpectAsync<JsonElement>(replay, HttpStatusCode.OK);

        Assert.Equal("accepted", replayed.GetProperty("status").GetString());
        Assert.Equal(1, await OrdersWithChannelIdAsync(order.ChannelOrderId!));
        var stored = await MessageAsync(receipt.MessageId);
        Assert.Equal(1, stored.GetProperty("replays").GetInt32());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("reason").ValueKind);
        var again = await fx.Api.PostAsync($"/api/inbox/{receipt.MessageId}/replay");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_that_is_not_an_order_is_kept_rejected_not_dropped()
    {
        var envelope = new InboundEnvelope(JsonOrderInbound.Source, null, "order", $"garbage-{Guid.NewGuid():N}", "application/json",
            "{\"channel\": \"web\", \"lines\": [ {\"sku\": ");

        var receipt = await Inbox.ReceiveAsync(envelope, default);

        Assert.Equal(InboundStatus.Rejected, receipt.Status);
        Assert.StartsWith("Not an order", receipt.Reason, StringComparison.Ordinal);
        Assert.Equal(envelope.Body, (await MessageAsync(receipt.MessageId)).GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_failure_that_may_pass_leaves_the_message_received_and_the_sweep_handles_it_later()
    {
        await fx.Api.StockOnlyAtAsync("SKU-0003", ("DC-CENTRAL", 10));
        var order = Online(Ship("SKU-0003"));
        fx.Services.GetRequiredService<JsonOrderInbound>().FailNext(1);

        var receipt = await Inbox.ReceiveAsync(Message(order), default);

        Assert.Equal(InboundStatus.Received, receipt.Status);
        var waiting = await MessageAsync(receipt.MessageId);
        Assert.Equal(1, waiting.GetProperty("attempts").GetInt32());
        Assert.Contains("did not answer", waiting.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await OrdersWithChannelIdAsync(order.ChannelOrderId!));

        fx.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var scope = fx.Services.CreateScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<InboxRetry>().RetryAsync(scope.ServiceProvider, default) >= 1);

        var handled = await MessageAsync(receipt.MessageId);
        Assert.Equal("accepted", handled.GetProperty("status").GetString());
        Assert.Equal(2, handled.GetProperty("attempts").GetInt32());
        Assert.Equal(1, await OrdersWithChannelIdAsync(order.ChannelOrderId!));
    }

    [Fact]
    public async Task The_inbox_list_refuses_a_status_it_does_not_know_with_a_field_error()
    {
        var response = await fx.Api.Http.GetAsync("/api/inbox?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await fx.Api.PostAsync($"/api/inbox/{Guid.NewGuid()}/replay")).StatusCode);
    }
}

public sealed class InboxTests_Sqlite(InboxSqliteFixture fx) : InboxTests(fx), IClassFixture<InboxSqliteFixture>;

public sealed class InboxTests_Postgres(InboxPostgresFixture fx) : InboxTests(fx), IClassFixture<InboxPostgresFixture>;
