using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Events;
using Oms.Server.Core.Json;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Outbox;

/// <summary>
/// The outbox as operators see it: deliveries by status (the dead letters first of all), a redrive, and the event catalogue.
/// </summary>
public static class OutboxApi
{
    public static void MapOutboxApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/outbox").WithTags("Outbox");

        g.MapGet("/deliveries", async Task<Ok<CursorPage<OutboxDeliveryResponse>>> (string? status, string? handler, int? limit,
                string? cursor, OmsDbContext db, CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = PageCursor.Parse(cursor);
                var st = QueryValues.Enum<DeliveryStatus>(status, "status") ?? DeliveryStatus.DeadLettered;
                var q = db.OutboxDeliveries.AsNoTracking().Where(d => d.Status == st);
                if (QueryValues.Text(handler, "handler") is { } h) q = q.Where(d => d.Handler == h || d.Handler.StartsWith(h + ":"));
                if (after is { } c) q = q.Where(d => d.CreatedAt < c.At || (d.CreatedAt == c.At && d.Id.CompareTo(c.Id) < 0));
                var rows = await q.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(take + 1)
                    .Join(db.OutboxEvents.AsNoTracking(), d => d.EventId, e => e.Id, (d, e) => new { d, e }).ToListAsync(ct);
                return TypedResults.Ok(PageCursor.Page(rows, take, r => new PageCursor(r.d.CreatedAt, r.d.Id), r => Response(r.d, r.e)));
            })
            .RequirePermission(Permissions.IntegrationsRead).WithName("ListOutboxDeliveries")
            .WithSummary("Deliveries of events to their handlers by status (deadLettered by default; pending, delivered), newest first, " +
                "cursor-paged")
            .ProducesValidationProblem();

        g.MapPost("/deliveries/{id:guid}/redrive", async Task<Ok<OutboxDeliveryResponse>> (Guid id, HttpContext http, CommandBus bus,
                OmsDbContext db, CancellationToken ct) =>
            {
                await bus.SendAsync(new RedriveDelivery(id), ActorHeader.From(http), ct);
                var r = await db.OutboxDeliveries.AsNoTracking().Where(d => d.Id == id)
                    .Join(db.OutboxEvents.AsNoTracking(), d => d.EventId, e => e.Id, (d, e) => new { d, e }).FirstAsync(ct);
                return TypedResults.Ok(Response(r.d, r.e));
            })
            .ReadsActor().RequirePermission(Permissions.IntegrationsManage).WithName("RedriveOutboxDelivery")
            .WithSummary("Put a dead-lettered delivery back in the queue (attempts start again); the relay delivers it at once")
            .ProducesProblem(404).ProducesProblem(409);

        app.MapGet("/api/events/catalogue", () => TypedResults.Ok(EventCatalogue.All.Select(t => new EventTypeResponse(t.Type, t.Version,
                EventCatalogue.CloudEventType(t.Type, t.Version), t.Description, $"/api/events/schemas/{t.DataType.Name}")).ToList()))
            .WithTags("Events").Public("The event catalogue is documentation, like the OpenAPI document.").WithName("GetEventCatalogue")
            .WithSummary("Every event the OMS publishes (bus and webhooks), with its CloudEvents type and the schema of its data");

        app.MapGet("/api/events/schemas/{name}", (string name) =>
            {
                var type = EventCatalogue.All.Select(t => t.DataType).Distinct().FirstOrDefault(t => t.Name == name)
                    ?? throw new NotFoundException("Event schema", name);
                var schema = System.Text.Json.Schema.JsonSchemaExporter.GetJsonSchemaAsNode(OmsJson.Options, type);
                return Results.Text(schema.ToJsonString(), "application/schema+json");
            })
            .WithTags("Events").Public("Event schemas are documentation, like the OpenAPI document.").WithName("GetEventSchema")
            .WithSummary("The JSON Schema of an event's data (OrderEventData, StockEventData, DiscrepancyEventData)")
            .ProducesProblem(404);
    }

    private static OutboxDeliveryResponse Response(OutboxDelivery d, OutboxEvent e) => new(d.Id, e.Id, e.Type, e.Subject, e.SubjectKey,
        e.OccurredAt, d.Handler, d.Status, d.Attempts, d.DueAt, d.LastError, d.CompletedAt);
}
