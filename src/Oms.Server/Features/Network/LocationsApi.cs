using Oms.Domain.Access;
using Oms.Server.Web.Access;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Server.Core.Commands;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Network;

/// <summary>
/// The fulfilment network: create and change locations. Locations are never deleted (orders and stock refer to them);
/// a location that closes is disabled, and sourcing passes it by.
/// </summary>
public static class LocationsApi
{
    public static void MapLocationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/locations/{code}", async Task<Results<Created<LocationResponse>, Ok<LocationResponse>>> (string code,
                LocationRequest body,
                IValidator<LocationRequest> validator, HttpContext http, CommandBus bus,
                CancellationToken ct) =>
            {
                var request = body with { Code = RouteKeys.Merge(body.Code, code, "code") };
                await validator.ValidateAndThrowAsync(request, ct);
                var result = await bus.RunAsync(ActorHeader.From(http), (ctx, token) =>
                    LocationWriter.UpsertAsync(ctx.Db, request, ChangeContext.From(ctx, ChangeContext.Api), token), ct);
                return result.Created
                    ? TypedResults.Created($"/api/locations/{Uri.EscapeDataString(result.Record.Code)}", result.Record)
                    : TypedResults.Ok(result.Record);
            })
            .WithTags("Network").ReadsActor().RequirePermission(Permissions.NetworkWrite).WithName("PutLocation")
            .WithSummary("Create a location (201) or replace its type, size, capabilities, position, address, hours and cut-off (200); " +
                "audited")
            .ProducesValidationProblem().ProducesProblem(409).ProducesProblem(422);
    }
}
