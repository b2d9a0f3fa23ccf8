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

        g.MapGet("/", async Task<Ok<List<CarrierResponse>>> (OmsDbContext db, CancellationToken ct) =>
            {
                var carriers = await db.Carriers.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
                return TypedResults.Ok(carriers.Select(CarrierResponse.From).ToList());
            })
            .WithName("ListCarriers").WithSummary("The carriers, with their tracking URL templates and services");

        g.MapGet("/{code}", async Task<Ok<CarrierResponse>> (string code, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(CarrierResponse.From(await db.Carriers.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct)
                    ?? throw new NotFoundException("Carrier", code))))
            .WithName("GetCarrier").WithSummary("One carrier").ProducesProblem(404);

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
            .ReadsActor().WithName("PutCarrier").WithSummary("Create a carrier (201) or replace its name, tracking URL template and services (200); audited")
            .ProducesValidationProblem().ProducesProblem(422);
    }
}
