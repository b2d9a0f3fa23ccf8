using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Access;
using Oms.Persistence;
using Oms.Server.Web.Access;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>Trying a sourcing rule set before activating it: over a period's orders (replay) or on one sample order.</summary>
public static class SourcingReplayApi
{
    public static void MapSourcingReplayApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/sourcing").WithTags("Sourcing");

        g.MapPost("/replays", async Task<Ok<SourcingReplayResponse>> (SourcingReplayRequest body, SourcingReplayer replayer, OmsDbContext db,
                CancellationToken ct) => TypedResults.Ok(await replayer.RunAsync(body, db, ct)))
            .RequirePermission(Permissions.RulesWrite).WithName("ReplaySourcing")
            .WithSummary("Replay a period's orders with a candidate rule set for a key (a document or a saved version) and with the active " +
                "rule sets, from the same stock snapshot, and compare shipments, splits, distance, shipping cost, store share and unserved " +
                "lines, with the orders that differ. Read-only: nothing is reserved or stored")
            .ProducesProblem(422);

        g.MapPost("/trials", async Task<Ok<SourcingTrialResponse>> (SourcingTrialRequest body, SourcingTrial trial, OmsDbContext db,
                CancellationToken ct) => TypedResults.Ok(await trial.RunAsync(body, db, ct)))
            .RequirePermission(Permissions.RulesRead).WithName("TrySourcing")
            .WithSummary("Where a sample order would go under the active rule sets (or a candidate for a key) against today's stock, " +
                "and why: the optimiser's plan and explanation. Read-only")
            .ProducesProblem(422);
    }
}
