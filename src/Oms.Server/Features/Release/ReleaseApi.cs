using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Oms.Server.Features.Release;

public static class ReleaseApi
{
    public static void MapReleaseApi(this IEndpointRouteBuilder app)
        => app.MapPost("/api/fulfilment-orders/release-due", async Task<Ok<ReleaseSweepResponse>> (ReleaseSweep sweep, CancellationToken ct)
                => TypedResults.Ok(await sweep.SweepAsync(ct)))
            .WithTags("Fulfilment").RequirePermission(Permissions.OrdersSource).WithName("ReleaseDueFulfilmentOrders")
            .WithSummary("Release fulfilment orders whose cancellation window has passed and whose order is on no hold (also runs on a " +
                "schedule)");
}
