using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Commands;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// Outbound webhooks: subscriptions (URL, event types, secret), their delivery logs, a manual redelivery and a test
/// event. Deliveries go through the outbox (see <see cref="WebhookHandler"/>); the signing and retries are in ADR 0014.
/// </summary>
public static class WebhooksApi
{
    public static void MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/webhooks/subscriptions").WithTags("Webhooks");

        g.MapPost("/", async Task<Created<CreatedWebhookSubscriptionResponse>> (WebhookSubscriptionRequest body, HttpContext http,
                CommandBus bus, CancellationToken ct) =>
            {
                var s = await bus.SendAsync(new CreateWebhookSubscription(body.Url, body.EventTypes, body.Secret, body.Description),
                    ActorHeader.From(http), ct);
                return TypedResults.Created($"/api/webhooks/subscriptions/{s.Id}", CreatedWebhookSubscriptionResponse.From(s));
            })
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("CreateWebhookSubscription")
            .WithSummary("Subscribe a URL to event types (names, patterns such as line.*, or *); the answer shows the signing secret, once")
            .ProducesValidationProblem();

        g.MapGet("/", async Task<Ok<CursorPage<WebhookSubscriptionResponse>>> (bool? enabled, int? limit, string? cursor, OmsDbContext db,
                CancellationToken ct) => TypedResults.Ok(await WebhookQueries.ListAsync(db, enabled, limit, cursor, ct)))
            .RequirePermission(Permissions.IntegrationsRead).WithName("ListWebhookSubscriptions").WithSummary("Webhook subscriptions, newest first, cursor-paged (never their secrets)")
            .ProducesValidationProblem();

        g.MapGet("/{id:guid}", async Task<Ok<WebhookSubscriptionResponse>> (Guid id, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(WebhookSubscriptionResponse.From(await WebhookQueries.GetAsync(db, id, ct))))
            .RequirePermission(Permissions.IntegrationsRead).WithName("GetWebhookSubscription").WithSummary("A webhook subscription: URL, event types, enabled or why it was disabled")
            .ProducesProblem(404);

        g.MapPut("/{id:guid}", async Task<Ok<WebhookSubscriptionResponse>> (Guid id, WebhookSubscriptionRequest body, HttpContext http,
                CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(WebhookSubscriptionResponse.From(await bus.SendAsync(
                    new UpdateWebhookSubscription(id, body.Url, body.EventTypes, body.Secret, body.Description),
                    ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("ReplaceWebhookSubscription")
            .WithSummary("Replace the URL, event types and description; a secret in the body rotates the signing secret")
            .ProducesValidationProblem().ProducesProblem(404);

        g.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, HttpContext http, CommandBus bus, CancellationToken ct) =>
            {
                await bus.SendAsync(new DeleteWebhookSubscription(id), ActorHeader.From(http), ct);
                return TypedResults.NoContent();
            })
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("DeleteWebhookSubscription")
            .WithSummary("Delete a subscription with its queued deliveries and delivery log")
            .ProducesProblem(404);

        g.MapPost("/{id:guid}/disable", async Task<Ok<WebhookSubscriptionResponse>> (Guid id, DisableWebhookRequest? body, HttpContext http,
                CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(WebhookSubscriptionResponse.From(await bus.SendAsync(new DisableWebhookSubscription(id, body?.Reason),
                    ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("DisableWebhookSubscription").WithSummary("Stop sending events to a subscription, with a reason")
            .ProducesProblem(404).ProducesProblem(422);

        g.MapPost("/{id:guid}/enable", async Task<Ok<WebhookSubscriptionResponse>> (Guid id, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(WebhookSubscriptionResponse.From(await bus.SendAsync(new EnableWebhookSubscription(id),
                    ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("EnableWebhookSubscription")
            .WithSummary("Send events to a disabled subscription again (redeliver what was dead-lettered meanwhile by hand)")
            .ProducesProblem(404);

        g.MapPost("/{id:guid}/test", async Task<Accepted<WebhookDeliveryResponse>> (Guid id, HttpContext http, CommandBus bus,
                OmsDbContext db, CancellationToken ct) =>
            {
                var delivery = await bus.SendAsync(new SendTestWebhook(id), ActorHeader.From(http), ct);
                return TypedResults.Accepted(DeliveryUrl(id, delivery), await WebhookQueries.DeliveryAsync(db, id, delivery, ct));
            })
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("SendTestWebhook")
            .WithSummary("Send a webhook.test event to this subscription only; follow it in the delivery log")
            .ProducesProblem(404).ProducesProblem(409);

        g.MapGet("/{id:guid}/deliveries", async Task<Ok<CursorPage<WebhookDeliveryResponse>>> (Guid id, string? status, int? limit,
                string? cursor, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(await WebhookQueries.DeliveriesAsync(db, id, QueryValues.Enum<DeliveryStatus>(status, "status"), limit,
                    cursor, ct)))
            .RequirePermission(Permissions.IntegrationsRead).WithName("ListWebhookDeliveries")
            .WithSummary("The delivery log: each event sent to the subscription, newest first, with every attempt's time, status, "
                + "duration and error")
            .ProducesValidationProblem().ProducesProblem(404);

        g.MapGet("/{id:guid}/deliveries/{deliveryId:guid}", async Task<Ok<WebhookDeliveryResponse>> (Guid id, Guid deliveryId,
                OmsDbContext db, CancellationToken ct) => TypedResults.Ok(await WebhookQueries.DeliveryAsync(db, id, deliveryId, ct)))
            .RequirePermission(Permissions.IntegrationsRead).WithName("GetWebhookDelivery").WithSummary("One delivery of the log with its attempts")
            .ProducesProblem(404);

        g.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", async Task<Accepted<WebhookDeliveryResponse>> (Guid id,
                Guid deliveryId, HttpContext http, CommandBus bus, OmsDbContext db, CancellationToken ct) =>
            {
                await bus.SendAsync(new RedeliverWebhook(id, deliveryId), ActorHeader.From(http), ct);
                return TypedResults.Accepted(DeliveryUrl(id, deliveryId), await WebhookQueries.DeliveryAsync(db, id, deliveryId, ct));
            })
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("RedeliverWebhook")
            .WithSummary("Send a delivery again now, with the same webhook-id and a fresh set of attempts (dead-lettered, delivered or "
                + "waiting)")
            .ProducesProblem(404).ProducesProblem(409);
    }

    private static string DeliveryUrl(Guid subscriptionId, Guid deliveryId)
        => $"/api/webhooks/subscriptions/{subscriptionId}/deliveries/{deliveryId}";
}
