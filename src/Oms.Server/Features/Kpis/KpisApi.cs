using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Access;
using Oms.Server.Web.Access;

namespace Oms.Server.Features.Kpis;

/// <summary>The KPI dashboard's figures, computed by the database from the orders of a period, and each table as CSV.</summary>
public static class KpisApi
{
    private const string Freshness = "The figures are a snapshot computed at 'asOf' (UTC): a server answers the same filter " +
        "from it while it is at most Oms:Kpis:MaxAgeSeconds old (60 seconds by default), so figures may lag new orders by " +
        "that much; send the request header 'Cache-Control: no-cache' (or 'max-age=0') for figures computed now, which then " +
        "replace the snapshot, or 'max-age=N' to accept at most N seconds.";

    public static void MapKpisApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/kpis").WithTags("Reports");

        g.MapGet("/", async Task<Ok<KpiReport>> ([AsParameters] KpiQuery query, HttpRequest request, KpiCache kpis, TimeProvider clock,
                CancellationToken ct)
                => TypedResults.Ok(await kpis.GetAsync(query.Resolve(clock.GetUtcNow().UtcDateTime), kpis.MaxAgeFor(request), ct)))
            .RequirePermission(Permissions.ReportsRead).WithName("GetKpis")
            .WithSummary("KPIs of the orders captured in a period (default the last 30 UTC days, today included), by channel and location: orders and " +
                "revenue per day, fulfilment rate, cycle-time percentiles, perfect orders, returns by reason and product, " +
                "back-orders, split shipments, ship-from-store share, SLA breaches; 'definitions' says what each counts. " + Freshness)
            .ProducesValidationProblem();

        g.MapGet("/{table}.csv", async Task<ContentHttpResult> (string table, [AsParameters] KpiQuery query, HttpRequest request,
                KpiCache kpis, TimeProvider clock, CancellationToken ct) =>
            {
                if (!KpiCsv.Tables.Contains(table)) throw new Domain.Common.NotFoundException("KPI table", table);
                var report = await kpis.GetAsync(query.Resolve(clock.GetUtcNow().UtcDateTime), kpis.MaxAgeFor(request), ct);
                return TypedResults.Text(KpiCsv.Write(report, table), "text/csv; charset=utf-8");
            })
            .RequirePermission(Permissions.ReportsRead).WithName("GetKpiTableCsv")
            .WithSummary("One KPI table as CSV, for the same filter: orders-by-day, cycle-times, returns-by-reason, " +
                "returns-by-product or rates; from the same snapshot as GET /api/kpis. " + Freshness)
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
