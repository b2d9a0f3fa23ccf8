using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Carriers;
using Oms.Domain.Access;
using Oms.Server.Web;
using Oms.Server.Web.Access;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Carriers;

/// <summary>Labels for outbound parcels: routing only (see <see cref="OutboundLabels"/>).</summary>
public static class OutboundLabelsApi
{
    public static void MapOutboundLabelsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/fulfilment-orders/{id:guid}/label", async Task<Results<Ok<OutboundLabelResponse>, ProblemHttpResult>> (Guid id,
                HttpContext http, OutboundLabels labels, CancellationToken ct) =>
            {
                try
                {
                    return TypedResults.Ok(await labels.GetOrMakeAsync(id, http.Caller().Scope, ActorHeader.From(http), ct));
                }
                catch (CarrierException e)
                {
                    return TypedResults.Problem(e.Kind == CarrierErrorKind.Misconfigured
                        ? ProblemMapping.Problem(503, "No carrier to ask", e.Message, "carrier-misconfigured")
                        : ProblemMapping.Problem(502, "The carrier did not answer", e.Message + " Try again later.", "carrier-unavailable"));
                }
            })
            .WithTags("Fulfilment").ReadsActor().RequirePermission(Permissions.FulfilmentAct).WithName("CreateParcelLabel")
            .WithSummary("A carrier label for the fulfilment order's parcel (tracking number and label link); asked again, the same " +
                "label. Ship may then leave the tracking number out")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422).ProducesProblem(502).ProducesProblem(503);
    }
}
