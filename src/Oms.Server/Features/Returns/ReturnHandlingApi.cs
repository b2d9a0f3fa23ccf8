using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Access;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Web;
using Oms.Server.Web.Access;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Returns;

/// <summary>The reasons a return may give, decisions on held units, closing a return: routing only; the handlers decide.</summary>
public static class ReturnHandlingApi
{
    public static void MapReturnHandlingApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/returns").WithTags("Returns");

        g.MapGet("/reasons", async Task<Ok<ReturnReasonsResponse>> (OmsDbContext db, CancellationToken ct) =>
            {
                var policy = await db.ReturnPolicyAsync(ct);
                return TypedResults.Ok(new ReturnReasonsResponse(policy.Version, policy.DefaultWindowDays,
                    new SortedDictionary<string, int>(policy.WindowDaysByChannel.ToDictionary(), StringComparer.Ordinal),
                    [.. policy.Reasons.Select(ReturnReasonResponse.From)]));
            })
            .RequirePermission(Permissions.ReturnsRead).WithName("ListReturnReasons")
            .WithSummary("The reasons of the active return policy, in the order a form or a till shows them, with the return windows");

        g.MapPost("/{id:guid}/inspect", async Task<Ok<ReturnResponse>> (Guid id, InspectReturnRequest body, HttpContext http,
                CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(ReturnResponse.From(await bus.SendAsync(new InspectReturn(id, body), ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.ReturnsManage).WithName("InspectReturn")
            .WithSummary("Decide units held for inspection or for the vendor at a location the caller may reach: restock (sellable there " +
                "at once), writeOff or returnToVendor. A unit decided before is 409; more units than are held is 422")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        g.MapPost("/{id:guid}/close", async Task<Ok<ReturnResponse>> (Guid id, HttpContext http, CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(ReturnResponse.From(await bus.SendAsync(new CloseReturn(id), ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.ReturnsManage).WithName("CloseReturn")
            .WithSummary("Close a return once its goods came in (or short, with units outstanding); 409 before anything was received " +
                "or while a unit waits for inspection")
            .ProducesProblem(404).ProducesProblem(409);
    }
}
