using System.Net;
using System.Text.Json;
using Oms.Persistence.Outbox;
using Oms.Server.Features.Webhooks;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// Webhook subscriptions driven through the API, delivering to a real HTTP receiver on loopback: type filters, retries
/// with backoff on the fake clock, disabling after a day of failures or at a 410, the delivery log, redelivery, secrets.
/// </summary>
public abstract class WebhookTests(OmsFixture fx) : IAsyncLifetime
{
    private OmsClient Api => fx.Api;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        await Api.DeleteAllSubscriptionsAsync();
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Type_patterns_choose_the_events_each_subscription_receives()
    {
        var lines = await Api.SubscribeAsync(_receiver.Url("lines"), "line.*");
        var captured = await Api.SubscribeAsync(_receiver.Url("captured"), "order.captured");

        var order = await ShippedOrderAsync("SKU-0007");
        await fx.SettleAsync();

        var lineTypes = _receiver.At("lines").Select(TypeOf).ToList();
        Assert.All(lineTypes, t => Assert.StartsWith("com.oms.line.", t, StringComparison.Ordinal));
        Assert.Contains("com.oms.line.allocated.v1", lineTypes);
        Assert.Contains("com.oms.line.shipped.v1", lineTypes);
        Assert.Equal(["com.oms.order.captured.v1"], _receiver.At("captured").Select(TypeOf));
        Assert.All(_receiver.Received, r => Assert.Equal(order.Id.ToString(), Json(r).GetProperty("subject").GetString()));

        // The log lists what was sent, newest first, a page at a time.
        var log = await Api.DeliveriesAsync(lines.Id);
        Assert.Equal(lineTypes.Count, log.Items.Count);
        Assert.All(log.Items, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        var first = await Api.DeliveriesAsync(lines.Id, "?limit=1");
        var second = await Api.DeliveriesAsync(lines.Id, $"?limit=1&cursor={first.NextCursor}");
        Assert.Equal([log.Items[0].Id, log.Items[1].Id], [Assert.Single(first.Items).Id, Assert.Single(second.Items).Id]);
        Assert.Single((await Api.DeliveriesAsync(captured.Id)).Items);
    }

    [Fact]
    public async Task A_receiver_answering_500_is_retried_with_the_same_webhook_id_until_it_succeeds()
    {
        var subscription = await Api.SubscribeAsync(_receiver.Url("flaky"), "order.captured");
        _receiver.AnswerNext("flaky", 500, 500);

        await Api.CaptureAsync(Online(Ship("SKU-0008")));
        await fx.SettleAsync();
        var waiting = Assert.Single((await Api.DeliveriesAsync(subscription.Id)).Items);
        Assert.Equal(DeliveryStatus.Pending, waiting.Status);
        Assert.True(waiting.NextAttemptAt > fx.Clock.GetUtcNow().UtcDateTime);
        Assert.Single(_receiver.At("flaky"));

        // 30 s, then 60 s of backoff (±20 %).
        fx.Clock.Advance(TimeSpan.FromMinutes(1));
        await fx.SettleAsync();
        fx.Clock.Advance(TimeSpan.FromMinutes(2));
        await fx.SettleAsync();

        var hooks = _receiver.At("flaky");
        Assert.Equal([500, 500, 200], hooks.Select(h => h.AnsweredWith));
        Assert.Single(hooks.Select(h => h.Header("webhook-id")).Distinct());
        Assert.Equal(3, hooks.Select(h => h.Header("webhook-timestamp")).Distinct().Count());
        Assert.All(hooks, h => Assert.Null(StandardWebhooksSpec.Problem(subscription.Secret, h,
            DateTimeOffset.FromUnixTimeSeconds(long.Parse(h.Header("webhook-timestamp"), System.Globalization.CultureInfo.InvariantCulture)))));
        var delivery = Assert.Single((await Api.DeliveriesAsync(subscription.Id)).Items);
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(Guid.Parse(hooks[0].Header("webhook-id")), delivery.EventId);
        Assert.Equal([(1, 500, false), (2, 500, false), (3, 200, true)], delivery.Attempts.Select(a => (a.Attempt, a.StatusCode ?? 0, a.Succeeded)));
        Assert.All(delivery.Attempts.Take(2), a => Assert.StartsWith("HTTP 500", a.Error, StringComparison.Ordinal));
        Assert.Null(delivery.Attempts[2].Error);
        Assert.True(delivery.Attempts[1].At > delivery.Attempts[0].At);
        Assert.True((await Api.SubscriptionAsync(subscription.Id)).Enabled);
    }

    [Fact]
    public async Task A_receiver_failing_for_a_day_is_disabled_with_the_reason_after_the_last_attempt()
    {
        var subscription = await Api.SubscribeAsync(_receiver.Url("down"), "order.captured");
        _receiver.AlwaysAnswer("down", 503);

        await Api.CaptureAsync(Online(Ship("SKU-0009")));
        await fx.SettleAsync();
        var started = fx.Clock.GetUtcNow();
        for (var i = 0; i < 20 && (await Api.DeliveriesAsync(subscription.Id)).Items[0].Status == DeliveryStatus.Pending; i++)
        {
            Assert.True((await Api.SubscriptionAsync(subscription.Id)).Enabled, "disabled before the last attempt");
            fx.Clock.Advance(TimeSpan.FromHours(6));
            await fx.SettleAsync();
        }

        var delivery = Assert.Single((await Api.DeliveriesAsync(subscription.Id)).Items);
        Assert.Equal(DeliveryStatus.DeadLettered, delivery.Status);
        Assert.Equal(WebhookHandler.Backoff.MaxAttempts, delivery.Attempts.Count);
        Assert.All(delivery.Attempts, a => Assert.Equal(503, a.StatusCode));
        var lastGap = delivery.Attempts[^1].At - delivery.Attempts[0].At;
        Assert.True(lastGap > TimeSpan.FromHours(18), $"gave up after {lastGap}");
        var disabled = await Api.SubscriptionAsync(subscription.Id);
        Assert.False(disabled.Enabled);
        Assert.Contains("Every delivery failed", disabled.DisabledReason, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", disabled.DisabledReason, StringComparison.Ordinal);
        Assert.True(disabled.DisabledAt > started.UtcDateTime);

        // A disabled subscription gets nothing new.
        await Api.CaptureAsync(Online(Ship("SKU-0009")));
        await fx.SettleAsync();
        Assert.Equal(WebhookHandler.Backoff.MaxAttempts, _receiver.At("down").Count);
        Assert.Single((await Api.DeliveriesAsync(subscription.Id)).Items);
    }

    [Fact]
    public async Task A_410_Gone_disables_the_subscription_at_once_and_a_redelivery_after_enabling_sends_the_same_event()
    {
        var subscription = await Api.SubscribeAsync(_receiver.Url("moved"), "order.captured");
        _receiver.AnswerNext("moved", 410);

        await Api.CaptureAsync(Online(Ship("SKU-0010")));
        await fx.SettleAsync();

        var gone = await Api.SubscriptionAsync(subscription.Id);
        Assert.False(gone.Enabled);
        Assert.Contains("410 Gone", gone.DisabledReason, StringComparison.Ordinal);
        var dead = Assert.Single((await Api.DeliveriesAsync(subscription.Id, "?status=deadLettered")).Items);
        Assert.Equal([410], dead.Attempts.Select(a => a.StatusCode ?? 0));
        Assert.Empty((await Api.DeliveriesAsync(subscription.Id, "?status=pending")).Items);
        var redeliver = $"{WebhookCalls.Subscriptions}/{subscription.Id}/deliveries/{dead.Id}/redeliver";
        await OmsClient.ProblemAsync(await Api.PostAsync(redeliver), HttpStatusCode.Conflict);

        await Api.ExpectAsync<WebhookSubscriptionResponse>(await Api.PostAsync($"{WebhookCalls.Subscriptions}/{subscription.Id}/enable"),
            HttpStatusCode.OK);
        var queued = await Api.ExpectAsync<WebhookDeliveryResponse>(await Api.PostAsync(redeliver, null, "ops:olga"), HttpStatusCode.Accepted);
        Assert.Equal(dead.Id, queued.Id);
        // The relay, woken by the commit, may have sent it before the answer was read.
        Assert.NotEqual(DeliveryStatus.DeadLettered, queued.Status);
        await fx.SettleAsync();

        var hooks = _receiver.At("moved");
        Assert.Equal([410, 200], hooks.Select(h => h.AnsweredWith));
        Assert.Equal(hooks[0].Header("webhook-id"), hooks[1].Header("webhook-id"));
        var delivered = Assert.Single((await Api.DeliveriesAsync(subscription.Id)).Items);
        Assert.Equal(DeliveryStatus.Delivered, delivered.Status);
        Assert.Equal([(1, 410), (1, 200)], delivered.Attempts.Select(a => (a.Attempt, a.StatusCode ?? 0)));
        Assert.True((await Api.SubscriptionAsync(subscription.Id)).Enabled);
        await OmsClient.ProblemAsync(await Api.PostAsync($"{WebhookCalls.Subscriptions}/{subscription.Id}/deliveries/{Guid.NewGuid()}/redeliver"),
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_secret_is_shown_once_at_creation_and_never_again()
    {
        var secret = "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var given = await Api.ExpectAsync<CreatedWebhookSubscriptionResponse>(await Api.PostAsync(WebhookCalls.Subscriptions,
            new WebhookSubscriptionRequest(_receiver.Url("mine"), ["order.*"], secret, "ERP order feed"), "admin:eva"), HttpStatusCode.Created);
        var made = await Api.SubscribeAsync(_receiver.Url("made"), "*");

        Assert.Equal(secret, given.Secret);
        Assert.StartsWith("whsec_", made.Secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(made.Secret["whsec_".Length..]).Length);
        Assert.Equal("admin:eva", given.CreatedBy);
        string[] urls = [$"{WebhookCalls.Subscriptions}/{given.Id}", $"{WebhookCalls.Subscriptions}/{made.Id}", WebhookCalls.Subscriptions];
        foreach (var url in urls)
        {
            var text = await Api.Http.GetStringAsync(url);
            Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret["whsec_".Length..], text, StringComparison.Ordinal);
            Assert.DoesNotContain(made.Secret["whsec_".Length..], text, StringComparison.Ordinal);
        }
        Assert.Equal("ERP order feed", (await Api.SubscriptionAsync(given.Id)).Description);
    }

    [Fact]
    public async Task A_test_event_is_signed_with_the_rotated_secret()
    {
        var subscription = await Api.SubscribeAsync(_receiver.Url("old"), "order.captured");
        var rotated = "whsec_" + Convert.ToBase64String(Enumerable.Range(0, 24).Select(i => (byte)(i * 7)).ToArray());
        var changed = await Api.ExpectAsync<WebhookSubscriptionResponse>(await Api.SendAsync(HttpMethod.Put,
            $"{WebhookCalls.Subscriptions}/{subscription.Id}", new WebhookSubscriptionRequest(_receiver.Url("new"), ["line.*"], rotated)),
            HttpStatusCode.OK);
        Assert.Equal(["line.*"], changed.EventTypes);
        Assert.Equal(_receiver.Url("new"), changed.Url);

        var sent = await Api.ExpectAsync<WebhookDeliveryResponse>(await Api.PostAsync($"{WebhookCalls.Subscriptions}/{subscription.Id}/test"),
            HttpStatusCode.Accepted);
        await fx.SettleAsync();

        var hook = Assert.Single(_receiver.Received);
        Assert.Equal("new", hook.Endpoint);
        Assert.Equal("com.oms.webhook.test.v1", TypeOf(hook));
        Assert.Equal(sent.EventId.ToString(), hook.Header("webhook-id"));
        Assert.Null(StandardWebhooksSpec.Problem(rotated, hook, fx.Clock.GetUtcNow()));
        Assert.Equal("no v1 signature matches", StandardWebhooksSpec.Problem(subscription.Secret, hook, fx.Clock.GetUtcNow()));
        Assert.Equal(subscription.Id.ToString(), Json(hook).GetProperty("data").GetProperty("subscriptionId").GetString());
    }

    [Fact]
    public async Task Subscriptions_with_bad_urls_event_types_or_secrets_are_refused()
    {
        async Task Refused(WebhookSubscriptionRequest request, string field)
        {
            var problem = await OmsClient.ProblemAsync(await Api.PostAsync(WebhookCalls.Subscriptions, request), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
        }

        await Refused(new("http://hooks.example.com/oms", ["order.captured"]), "url");
        await Refused(new("ftp://hooks.example.com/oms", ["order.captured"]), "url");
        await Refused(new("/relative/path", ["order.captured"]), "url");
        await Refused(new("https://user:pw@hooks.example.com/oms", ["order.captured"]), "url");
        await Refused(new(null, ["order.captured"]), "url");
        await Refused(new("https://hooks.example.com/oms", []), "eventTypes");
        await Refused(new("https://hooks.example.com/oms", ["order.shipped"]), "eventTypes[0]");
        await Refused(new("https://hooks.example.com/oms", ["order.captured", "oms.settle-payments"]), "eventTypes[1]");
        await Refused(new("https://hooks.example.com/oms", ["lin*"]), "eventTypes[0]");
        await Refused(new("https://hooks.example.com/oms", ["order.captured"], "whsec_c2hvcnQ="), "secret");
        await Refused(new("https://hooks.example.com/oms", ["order.captured"], "not base64!"), "secret");
        Assert.Empty((await Api.ExpectAsync<Web.CursorPage<WebhookSubscriptionResponse>>(await Api.Http.GetAsync(WebhookCalls.Subscriptions),
            HttpStatusCode.OK)).Items);

        var https = await Api.SubscribeAsync("https://hooks.example.com/oms?tenant=7", "*");
        Assert.Equal("https://hooks.example.com/oms?tenant=7", https.Url);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync($"{WebhookCalls.Subscriptions}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_subscription_is_disabled_enabled_and_deleted_with_its_log()
    {
        var subscription = await Api.SubscribeAsync(_receiver.Url("erp"), "order.captured");
        await Api.CaptureAsync(Online(Ship("SKU-0011")));
        await fx.SettleAsync();
        Assert.Single((await Api.DeliveriesAsync(subscription.Id)).Items);

        var off = await Api.ExpectAsync<WebhookSubscriptionResponse>(await Api.PostAsync(
            $"{WebhookCalls.Subscriptions}/{subscription.Id}/disable", new DisableWebhookRequest("ERP maintenance"), "admin:eva"), HttpStatusCode.OK);
        Assert.False(off.Enabled);
        Assert.Equal("Disabled by admin:eva: ERP maintenance", off.DisabledReason);
        await Api.CaptureAsync(Online(Ship("SKU-0011")));
        await fx.SettleAsync();
        Assert.Single(_receiver.At("erp"));

        var on = await Api.ExpectAsync<WebhookSubscriptionResponse>(await Api.PostAsync($"{WebhookCalls.Subscriptions}/{subscription.Id}/enable"),
            HttpStatusCode.OK);
        Assert.True(on.Enabled);
        Assert.Null(on.DisabledReason);
        await Api.CaptureAsync(Online(Ship("SKU-0011")));
        await fx.SettleAsync();
        Assert.Equal(2, _receiver.At("erp").Count);

        var quiet = await Api.ExpectAsync<WebhookSubscriptionResponse>(await Api.PostAsync(
            $"{WebhookCalls.Subscriptions}/{subscription.Id}/disable", null, "ops:olga"), HttpStatusCode.OK);
        Assert.Equal("Disabled by ops:olga.", quiet.DisabledReason);

        var deleted = await Api.SendAsync(HttpMethod.Delete, $"{WebhookCalls.Subscriptions}/{subscription.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync($"{WebhookCalls.Subscriptions}/{subscription.Id}"), HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync($"{WebhookCalls.Subscriptions}/{subscription.Id}/deliveries"), HttpStatusCode.NotFound);
    }

    private async Task<Core.Contracts.OrderResponse> ShippedOrderAsync(string sku)
    {
        await Api.StockOnlyAtAsync(sku, ("DC-CENTRAL", 5));
        var order = await Api.CaptureAsync(Online(Ship(sku)));
        var fo = Assert.Single(order.FulfilmentOrders).Id;
        foreach (var step in new[] { "release", "pick", "pack" }) await Api.FulfilAsync(fo, step);
        return await Api.ShipAsync(fo);
    }

    private static JsonElement Json(ReceivedWebhook hook) => JsonDocument.Parse(hook.Body).RootElement;

    private static string TypeOf(ReceivedWebhook hook) => Json(hook).GetProperty("type").GetString()!;
}

public sealed class WebhookTests_Sqlite(SqliteFixture fx) : WebhookTests(fx), IClassFixture<SqliteFixture>;

public sealed class WebhookTests_Postgres(PostgresFixture fx) : WebhookTests(fx), IClassFixture<PostgresFixture>;
