using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Amendments;

public static class AmendmentsApi
{
    public static void MapAmendmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/orders/{idOrNumber}/amendments", async Task<Ok<OrderResponse>> (string idOrNumber, AmendOrderRequest body,
                HttpContext http, CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(await bus.SendAsync(new AmendOrder(idOrNumber, body), ActorHeader.From(http), ct))))
            .WithTags("Orders").ReadsActor().RequirePermission(Permissions.OrdersAmend).WithName("AmendOrder")
            .WithSummary("Amend an order before release: change a quantity, add or remove a line, change the shipping address or a " +
                "line's delivery method; 409 after release")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        app.MapPost("/api/orders/{idOrNumber}/amendments/preview", async Task<Ok<AmendmentPreviewResponse>> (string idOrNumber,
                AmendOrderRequest body, HttpContext http, CancellationToken ct)
                => TypedResults.Ok(await ActivatorUtilities.CreateInstance<AmendmentPreview>(http.RequestServices)
                    .RunAsync(new AmendOrder(idOrNumber, body), ActorHeader.From(http), ct)))
            .WithTags("Orders").ReadsActor().RequirePermission(Permissions.OrdersAmend).WithName("PreviewAmendment")
            .WithSummary("What an amendment would do, changing nothing: the totals now and after, the difference, and the further " +
                "authorisation or the release of payment it would cause; refused exactly as the amendment would be")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }
}
