using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Access;
using Oms.Persistence;
using Oms.Server.Web.Access;

namespace Oms.Server.Features.Kpis;

/// <summary>The KPI dashboard's figures, computed by the database from the orders of a period, and each table as CSV.</summary>
public static class KpisApi
{
    public static void MapKpisApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/kpis").WithTags("Reports");

        g.MapGet("/", async Task<Ok<KpiReport>> ([AsParameters] KpiQuery query, OmsDbContext db, TimeProvider clock, CancellationToken ct)
                => TypedResults.Ok(await KpiSql.RunAsync(db, query.Resolve(clock.GetUtcNow().UtcDateTime), ct)))
            .RequirePermission(Permissions.ReportsRead).WithName("GetKpis")
            .WithSummary("KPIs of the orders captured in a period (default the last 30 days), by channel and location: orders and " +
                "revenue per day, fulfilment rate, cycle-time percentiles, perfect orders, returns by reason and product, " +
                "back-orders, split shipments, ship-from-store share, SLA breaches; 'definitions' says what each counts")
            .ProducesValidationProblem();

        g.MapGet("/{table}.csv", async Task<ContentHttpResult> (string table, [AsParameters] KpiQuery query, OmsDbContext db,
                TimeProvider clock, CancellationToken ct) =>
            {
                if (!KpiCsv.Tables.Contains(table)) throw new Domain.Common.NotFoundException("KPI table", table);
                var report = await KpiSql.RunAsync(db, query.Resolve(clock.GetUtcNow().UtcDateTime), ct);
                return TypedResults.Text(KpiCsv.Write(report, table), "text/csv; charset=utf-8");
            })
            .RequirePermission(Permissions.ReportsRead).WithName("GetKpiTableCsv")
            .WithSummary("One KPI table as CSV, for the same filter: orders-by-day, cycle-times, returns-by-reason, " +
                "returns-by-product or rates")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
