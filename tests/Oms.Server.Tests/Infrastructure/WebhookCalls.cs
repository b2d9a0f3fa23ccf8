using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Outbox;
using Oms.Server.Features.Webhooks;
using Oms.Server.Web;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>The webhook API as the tests call it, and a way to let the outbox relay finish what is due.</summary>
public static class WebhookCalls
{
    public const string Subscriptions = "/api/webhooks/subscriptions";

    public static async Task<CreatedWebhookSubscriptionResponse> SubscribeAsync(this OmsClient api, string url, params string[] types)
        => await api.ExpectAsync<CreatedWebhookSubscriptionResponse>(
            await api.PostAsync(Subscriptions, new WebhookSubscriptionRequest(url, types), "admin:eva"), HttpStatusCode.Created);

    public static async Task<WebhookSubscriptionResponse> SubscriptionAsync(this OmsClient api, Guid id)
        => await api.ExpectAsync<WebhookSubscriptionResponse>(await api.Http.GetAsync($"{Subscriptions}/{id}"), HttpStatusCode.OK);

    public static async Task<CursorPage<WebhookDeliveryResponse>> DeliveriesAsync(this OmsClient api, Guid id, string query = "")
        => await api.ExpectAsync<CursorPage<WebhookDeliveryResponse>>(await api.Http.GetAsync($"{Subscriptions}/{id}/deliveries{query}"),
            HttpStatusCode.OK);

    /// <summary>Deletes every subscription, so that a test sees only its own (the fixture is shared by a test class).</summary>
    public static async Task DeleteAllSubscriptionsAsync(this OmsClient api)
    {
        var page = await api.ExpectAsync<CursorPage<WebhookSubscriptionResponse>>(await api.Http.GetAsync($"{Subscriptions}?limit=200"),
            HttpStatusCode.OK);
        foreach (var s in page.Items)
            Assert.Equal(HttpStatusCode.NoContent, (await api.SendAsync(HttpMethod.Delete, $"{Subscriptions}/{s.Id}")).StatusCode);
    }

    /// <summary>
    /// Runs the relay until no delivery is due at the fake clock's time (the background relay may hold one for a moment):
    /// everything the tests' commands and clock moves made due has been sent, retried or dead-lettered.
    /// </summary>
    public static async Task SettleAsync(this OmsFixture fx)
    {
        var relay = fx.Services.GetRequiredService<OutboxRelay>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await relay.DrainAsync(CancellationToken.None);
            using var scope = fx.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var now = fx.Clock.GetUtcNow().UtcDateTime;
            if (!await db.OutboxDeliveries.AnyAsync(d => d.Status == DeliveryStatus.Pending && d.DueAt <= now)) return;
            Assert.True(DateTime.UtcNow < deadline, "The outbox relay did not finish its due deliveries within 30 s.");
            await Task.Delay(50);
        }
    }
}
