using System.Net.Mime;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Oms.Server.Tests.Infrastructure;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// What a receiver outside the OMS sees: a real HTTP endpoint gets the order's events as CloudEvents envelopes (read
/// with the CNCF CloudEvents SDK) whose signatures verify twice, with a check written from the Standard Webhooks text
/// (<see cref="StandardWebhooksSpec"/>) and with the StandardWebhooks library's verifier. That verifier compares the
/// timestamp with the wall clock, so this class moves its fake clock to the wall clock first (it has a fixture of its own).
/// </summary>
public abstract class WebhookSignatureTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_subscriber_receives_the_order_events_it_asked_for_as_signed_CloudEvents()
    {
        if (fx.Clock.GetUtcNow() < DateTimeOffset.UtcNow) fx.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        await using var receiver = await WebhookReceiver.StartAsync();
        await Api.DeleteAllSubscriptionsAsync();
        var subscription = await Api.SubscribeAsync(receiver.Url("shop"), "order.captured", "line.shipped");
        await Api.StockOnlyAtAsync("SKU-0005", ("DC-CENTRAL", 5));

        var order = await Api.CaptureAsync(Online(Ship("SKU-0005", 2)));
        var fo = Assert.Single(order.FulfilmentOrders).Id;
        foreach (var step in new[] { "release", "pick", "pack" }) await Api.FulfilAsync(fo, step);
        await Api.ShipAsync(fo, "PostNL", "3SWEBHOOK1");
        await fx.SettleAsync();

        var hooks = receiver.At("shop");
        var events = hooks.Select(Decode).ToList();
        Assert.Equal(["com.oms.line.shipped.v1", "com.oms.order.captured.v1"], events.Select(e => e.Type).Order(StringComparer.Ordinal));
        foreach (var (hook, e) in hooks.Zip(events))
        {
            Assert.Null(StandardWebhooksSpec.Problem(subscription.Secret, hook, fx.Clock.GetUtcNow()));
            new StandardWebhook(subscription.Secret).Verify(hook.Text, hook.Headers);

            Assert.Equal("application/cloudevents+json", new ContentType(hook.ContentType).MediaType);
            Assert.Equal(CloudEventsSpecVersion.V1_0, e.SpecVersion);
            Assert.Equal(hook.Header("webhook-id"), e.Id);
            Assert.Equal("/oms", e.Source!.ToString());
            Assert.Equal(order.Id.ToString(), e.Subject);
            Assert.Equal("application/json", e.DataContentType);
            Assert.True((fx.Clock.GetUtcNow() - e.Time!.Value).Duration() < TimeSpan.FromMinutes(1));
            var data = (JsonElement)e.Data!;
            Assert.Equal(order.Number, data.GetProperty("order").GetProperty("number").GetString());
        }
        var shipped = (JsonElement)events.Single(e => e.Type == "com.oms.line.shipped.v1").Data!;
        Assert.Equal("SKU-0005", shipped.GetProperty("line").GetProperty("sku").GetString());
        Assert.Equal("3SWEBHOOK1", shipped.GetProperty("shipment").GetProperty("trackingNumber").GetString());
    }

    [Fact]
    public async Task A_changed_body_or_another_secret_fails_verification()
    {
        if (fx.Clock.GetUtcNow() < DateTimeOffset.UtcNow) fx.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        await using var receiver = await WebhookReceiver.StartAsync();
        await Api.DeleteAllSubscriptionsAsync();
        var subscription = await Api.SubscribeAsync(receiver.Url("shop"), "order.captured");
        await Api.CaptureAsync(Online(Ship("SKU-0006")));
        await fx.SettleAsync();

        var hook = Assert.Single(receiver.At("shop"));
        var tampered = hook with { Body = [.. hook.Body.Take(hook.Body.Length - 2), (byte)' ', hook.Body[^1]] };
        var otherSecret = "whsec_" + Convert.ToBase64String(new byte[32]);

        Assert.Null(StandardWebhooksSpec.Problem(subscription.Secret, hook, fx.Clock.GetUtcNow()));
        Assert.Equal("no v1 signature matches", StandardWebhooksSpec.Problem(subscription.Secret, tampered, fx.Clock.GetUtcNow()));
        Assert.Equal("no v1 signature matches", StandardWebhooksSpec.Problem(otherSecret, hook, fx.Clock.GetUtcNow()));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(subscription.Secret).Verify(tampered.Text, tampered.Headers));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(otherSecret).Verify(hook.Text, hook.Headers));
    }

    private static CloudEvent Decode(ReceivedWebhook hook)
        => new JsonEventFormatter().DecodeStructuredModeMessage(hook.Body, new ContentType(hook.ContentType), null);
}

public sealed class WebhookSignatureTests_Sqlite(SqliteFixture fx) : WebhookSignatureTests(fx), IClassFixture<SqliteFixture>;

public sealed class WebhookSignatureTests_Postgres(PostgresFixture fx) : WebhookSignatureTests(fx), IClassFixture<PostgresFixture>;
