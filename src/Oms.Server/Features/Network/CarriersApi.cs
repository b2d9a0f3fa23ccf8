using Oms.Domain.Access;
using Oms.Server.Web.Access;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Network;

/// <summary>The carriers shipments go with. Carriers are never deleted; disable them instead.</summary>
public static class CarriersApi
{
    public static void MapCarriersApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/carriers").WithTags("Network");

        g.MapGet("/", async Task<Ok<CursorPage<CarrierResponse>>> (int? limit, string? cursor, OmsDbContext db, CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = KeyCursor.Parse(cursor);
                var q = db.Carriers.AsNoTracking();
                if (after is not null) q = q.Where(c => string.Compare(c.Code, after) > 0);
                var carriers = await q.OrderBy(c => c.Code).Take(take + 1).ToListAsync(ct);
                return TypedResults.Ok(KeyCursor.Page(carriers, take, c => c.Code, CarrierResponse.From));
            })
            .RequirePermission(Permissions.NetworkRead).WithName("ListCarriers").WithSummary("The carriers, with their tracking URL templates and services, by code, cursor-paged")
            .ProducesValidationProblem();

        g.MapGet("/{code}", async Task<Ok<CarrierResponse>> (string code, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(CarrierResponse.From(await db.Carriers.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct)
                    ?? throw new NotFoundException("Carrier", code))))
            .RequirePermission(Permissions.NetworkRead).WithName("GetCarrier").WithSummary("One carrier").ProducesProblem(404);

        g.MapPut("/{code}", async Task<Results<Created<CarrierResponse>, Ok<CarrierResponse>>> (string code, CarrierRequest body,
                IValidator<CarrierRequest> validator, HttpContext http, CommandBus bus,
                CancellationToken ct) =>
            {
                var request = body with { Code = RouteKeys.Merge(body.Code, code, "code") };
                await validator.ValidateAndThrowAsync(request, ct);
                var result = await bus.RunAsync(ActorHeader.From(http), (ctx, token) =>
                    CarrierWriter.UpsertAsync(ctx.Db, request, ChangeContext.From(ctx, ChangeContext.Api), token), ct);
                return result.Created
                    ? TypedResults.Created($"/api/carriers/{Uri.EscapeDataString(result.Record.Code)}", result.Record)
                    : TypedResults.Ok(result.Record);
            })
            .ReadsActor().RequirePermission(Permissions.NetworkWrite).WithName("PutCarrier")
            .WithSummary("Create a carrier (201) or replace its name, tracking URL template and services (200); audited")
            .ProducesValidationProblem().ProducesProblem(422);
    }
}
