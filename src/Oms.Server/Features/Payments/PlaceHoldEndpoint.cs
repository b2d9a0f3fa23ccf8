using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Access;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.Access;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Payments;

/// <summary>A person holds an order before release (released again with POST …/holds/{kind}/release).</summary>
public static class PlaceHoldEndpoint
{
    public static void MapPlaceHold(this IEndpointRouteBuilder app)
        => app.MapPost("/api/orders/{idOrNumber}/holds", async Task<Ok<OrderResponse>> (string idOrNumber, PlaceHoldRequest body,
                HttpContext http, CommandBus bus, CancellationToken ct) =>
            {
                var kind = QueryValues.Enum<HoldKind>(body.Kind, "kind") ?? HoldKind.ManualApproval;
                var reason = body.Reason ?? throw new BusinessRuleException("reason", "Say why the order is held.");
                return TypedResults.Ok(OrderResponse.From(await bus.SendAsync(new PlaceHold(idOrNumber, kind, reason),
                    ActorHeader.From(http), ct)));
            })
            .WithTags("Holds").ReadsActor().RequirePermission(Permissions.HoldsManage).WithName("PlaceHold")
            .WithSummary("A person holds an order before release, with a reason (kind manualApproval, the default, or manualRelease); " +
                "409 when nothing is left to release")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
}
