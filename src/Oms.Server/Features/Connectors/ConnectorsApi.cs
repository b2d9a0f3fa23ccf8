using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Access;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Inbox;
using Oms.Server.Web;
using Oms.Server.Web.Access;
using Oms.Server.Web.Hardening;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Connectors;

/// <summary>
/// Connectors to the channels' own systems: configuration (secrets stored encrypted and never shown), health, pause and
/// resume, the webhook address each channel posts to, a poll or an availability push on demand. Routing only.
/// </summary>
public static class ConnectorsApi
{
    public static void MapConnectorsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/connectors").WithTags("Connectors");

        g.MapPost("/", async Task<Created<ConnectorResponse>> (ConnectorRequest body, HttpContext http, CommandBus bus, OmsDbContext db,
                TimeProvider clock, CancellationToken ct) =>
            {
                var c = await bus.SendAsync(new SaveConnector(null, body), ActorHeader.From(http), ct);
                return TypedResults.Created($"/api/connectors/{c.Code}", await ConnectorQueries.ResponseAsync(db, c, Now(clock), ct));
            })
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("CreateConnector")
            .WithSummary("Connect a channel's system (shopify, wooCommerce, amazon, bol, x12) to an OMS channel, with its settings, secrets and mapping")
            .WithDescription("The settings and secrets the kind needs are checked; the secrets are stored encrypted and never shown again " +
                "(the answer lists their names). One connector per OMS channel.")
            .ProducesValidationProblem().ProducesProblem(409).ProducesProblem(422);

        g.MapGet("/", async Task<Ok<List<ConnectorResponse>>> (OmsDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var list = new List<ConnectorResponse>();
                foreach (var c in await db.Connectors.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct))
                    list.Add(await ConnectorQueries.ResponseAsync(db, c, Now(clock), ct));
                return TypedResults.Ok(list);
            })
            .RequirePermission(Permissions.IntegrationsRead).WithName("ListConnectors")
            .WithSummary("Every connector with its health: status, lag, messages waiting, accepted and rejected in the last day, last error");

        g.MapGet("/{code}", async Task<Ok<ConnectorResponse>> (string code, OmsDbContext db, TimeProvider clock, CancellationToken ct)
                => TypedResults.Ok(await ConnectorQueries.ResponseAsync(db, await ConnectorQueries.GetAsync(db, code, ct), Now(clock), ct)))
            .RequirePermission(Permissions.IntegrationsRead).WithName("GetConnector")
            .WithSummary("A connector: settings, the names of its secrets, mapping and health").ProducesProblem(404);

        g.MapPut("/{code}", async Task<Ok<ConnectorResponse>> (string code, ConnectorRequest body, HttpContext http, CommandBus bus,
                OmsDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var c = await bus.SendAsync(new SaveConnector(code, body), ActorHeader.From(http), ct);
                return TypedResults.Ok(await ConnectorQueries.ResponseAsync(db, c, Now(clock), ct));
            })
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("ReplaceConnector")
            .WithSummary("Change a connector's channel, settings, mapping or secrets (secrets left out stay as they are)")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        g.MapPost("/{code}/pause", async Task<Ok<ConnectorResponse>> (string code, [FromBody] PauseRequest? body, HttpContext http,
                CommandBus bus, OmsDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var c = await bus.SendAsync(new PauseConnector(code, body?.Reason), ActorHeader.From(http), ct);
                return TypedResults.Ok(await ConnectorQueries.ResponseAsync(db, c, Now(clock), ct));
            })
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("PauseConnector")
            .WithSummary("Pause a connector: webhooks are still kept but wait, nothing is polled, notices to the channel wait")
            .ProducesProblem(404);

        g.MapPost("/{code}/resume", async Task<Ok<ConnectorResponse>> (string code, HttpContext http, CommandBus bus, OmsDbContext db,
                MessageInbox inbox, TimeProvider clock, CancellationToken ct) =>
            {
                var c = await bus.SendAsync(new ResumeConnector(code), ActorHeader.From(http), ct);
                var waiting = await db.InboundMessages.AsNoTracking()
                    .Where(m => m.ConnectorId == c.Id && m.Status == Domain.Connectors.InboundStatus.Received)
                    .OrderBy(m => m.ReceivedAt).Select(m => m.Id).Take(1000).ToListAsync(ct);
                foreach (var id in waiting) await inbox.ProcessAsync(id, ct);
                return TypedResults.Ok(await ConnectorQueries.ResponseAsync(db, c, Now(clock), ct));
            })
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("ResumeConnector")
            .WithSummary("Resume a paused connector; the messages that waited are handled now").ProducesProblem(404);

        g.MapPost("/{code}/webhooks", async Task<Results<Ok<InboxReceipt>, ProblemHttpResult>> (string code, HttpContext http,
                OmsDbContext db, ConnectorDirectory directory, MessageInbox inbox, IOptions<ConnectorOptions> options, CancellationToken ct) =>
            {
                var connector = await ConnectorQueries.GetAsync(db, code, ct);
                var body = await WebhookBody.ReadAsync(http.Request, options.Value.MaxWebhookKilobytes, ct);
                var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                InboundEnvelope envelope;
                try
                {
                    envelope = directory.Adapter(connector.Kind).ReadWebhook(directory.Runtime(connector),
                        new ChannelWebhook(body, headers, http.Request.ContentType));
                }
                catch (WebhookRefusedException e)
                {
                    return TypedResults.Problem(ProblemMapping.Problem(401, "Not signed by the channel", e.Message, "bad-signature"));
                }
                catch (NotSupportedException e)
                {
                    return TypedResults.Problem(ProblemMapping.Problem(404, "No webhooks", e.Message, "no-webhooks"));
                }
                return TypedResults.Ok(await inbox.ReceiveAsync(envelope with { Source = connector.Code, ConnectorId = connector.Id }, ct));
            })
            .AcceptsUpload().Public("Signed by the channel: the connector's adapter verifies the channel's signature over the body.")
            .WithName("ReceiveChannelWebhook")
            .WithSummary("A channel's webhook (Shopify orders/create and orders/cancelled, WooCommerce order.created and order.updated)")
            .WithDescription("The signature is checked first (401 and nothing kept when it is wrong). The message is kept in the inbox and " +
                "handled: the answer says whether it was accepted (and which order it made), rejected (with the reason and field; it " +
                "can be replayed), ignored, or a duplicate of a message received before (answered with that message's outcome). A " +
                "channel gets 200 for every message it signed, so that it does not send a rejected one again and again.")
            .ProducesProblem(401).ProducesProblem(404).ProducesProblem(413);

        g.MapPost("/{code}/poll", async Task<Ok<PollResponse>> (string code, OmsDbContext db, ConnectorPolling polling, CancellationToken ct)
                => TypedResults.Ok(await polling.PollAsync(db, await ConnectorQueries.GetAsync(db, code, ct), ct)))
            .RequirePermission(Permissions.IntegrationsManage).WithName("PollConnector")
            .WithSummary("Poll a pull connector (amazon, bol) now: orders read are kept in the inbox and handled; the cursor moves on only after")
            .ProducesProblem(404).ProducesProblem(422);

        g.MapPost("/{code}/availability/push", async Task<Ok<AvailabilityPushResult>> (string code, OmsDbContext db, AvailabilityPush push,
                CancellationToken ct)
                => TypedResults.Ok(await push.PushAsync(db, await ConnectorQueries.GetAsync(db, code, ct), full: false, ct)))
            .RequirePermission(Permissions.IntegrationsManage).WithName("PushAvailability")
            .WithSummary("Tell the channel now what changed in its available-to-sell since the last push (one update per SKU)")
            .ProducesProblem(404);

        g.MapPost("/{code}/availability/resync", async Task<Ok<AvailabilityPushResult>> (string code, OmsDbContext db, AvailabilityPush push,
                CancellationToken ct)
                => TypedResults.Ok(await push.PushAsync(db, await ConnectorQueries.GetAsync(db, code, ct), full: true, ct)))
            .RequirePermission(Permissions.IntegrationsManage).WithName("ResyncAvailability")
            .WithSummary("Tell the channel the available-to-sell of every SKU, whatever it was told before")
            .ProducesProblem(404);
    }

    private static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}

/// <param name="Reason">Why it is paused (shown with its health).</param>
public sealed record PauseRequest(string? Reason);
