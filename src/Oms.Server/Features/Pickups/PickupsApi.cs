using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Oms.Server.Features.Pickups;

public static class PickupsApi
{
    public static void MapPickupsApi(this IEndpointRouteBuilder app)
        => app.MapPost("/api/pickups/expire-due", async Task<Ok<PickupSweepResponse>> (PickupExpiry expiry, CancellationToken ct)
                => TypedResults.Ok(await expiry.SweepAsync(ct)))
            .WithTags("Fulfilment").RequirePermission(Permissions.OperationsRun).WithName("ExpireDuePickups")
            .WithSummary("Expire pickups not collected in time and release their stock (also runs on a schedule)");
}
