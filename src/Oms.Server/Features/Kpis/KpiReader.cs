using System.Data.Common;

namespace Oms.Server.Features.Kpis;

/// <summary>Reads the result sets of <see cref="KpiSql"/>'s batch, in the order the statements run.</summary>
internal static class KpiReader
{
    public static readonly string[] Measures = ["captureToShip", "captureToDelivery", "captureToPickupReady"];

    public static async Task<KpiReport> ReadAsync(DbDataReader r, KpiFilter f, DateTime asOf, CancellationToken ct)
    {
        var days = new List<KpiDay>();
        while (await r.ReadAsync(ct)) days.Add(new KpiDay(r.GetString(0), r.GetString(1), KpiSql.Long(r, 2), KpiSql.Money(r, 3)));

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var (fulfilled, ordered, backordered) = (KpiSql.Long(r, 0), KpiSql.Long(r, 1), KpiSql.Long(r, 2));

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var everBackordered = KpiSql.Long(r, 0);

        await r.NextResultAsync(ct);
        var ranks = new List<(string Measure, long N, long Rank, decimal Hours)>();
        while (await r.ReadAsync(ct)) ranks.Add((r.GetString(0), KpiSql.Long(r, 1), KpiSql.Long(r, 2), KpiSql.Hours(r, 3)));
        var cycles = Measures.Select(m => Cycle(m, ranks.Where(x => x.Measure == m).ToList())).ToList();

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var perfect = KpiRate.Ratio(KpiSql.Long(r, 1), KpiSql.Long(r, 0));

        await r.NextResultAsync(ct);
        var byReason = new List<KpiReturnRow>();
        while (await r.ReadAsync(ct))
        {
            var units = KpiSql.Long(r, 1);
            var share = KpiRate.Ratio(units, fulfilled);
            byReason.Add(new KpiReturnRow(r.GetString(0), units, fulfilled, share.Rate));
        }

        await r.NextResultAsync(ct);
        var byProduct = new List<KpiReturnRow>();
        while (await r.ReadAsync(ct))
        {
            var (units, sold) = (KpiSql.Long(r, 1), KpiSql.Long(r, 2));
            byProduct.Add(new KpiReturnRow(r.GetString(0), units, sold, KpiRate.Ratio(units, sold).Rate));
        }

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var (shipments, fromStore, lateShipments) = (KpiSql.Long(r, 0), KpiSql.Long(r, 1), KpiSql.Long(r, 2));

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var split = KpiRate.Ratio(KpiSql.Long(r, 1), KpiSql.Long(r, 0));

        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var latePickups = KpiRate.Ratio(KpiSql.Long(r, 1), KpiSql.Long(r, 0));

        return new KpiReport(f.From, f.To, f.Channel, f.Location, f.ShipWithinHours, f.PickupWithinHours, asOf,
            days.Sum(d => d.Orders), days.Sum(d => d.Revenue), days, KpiRate.Ratio(fulfilled, ordered), cycles, perfect,
            byReason, byProduct, new KpiBackorders(backordered, everBackordered), split, KpiRate.Ratio(fromStore, shipments),
            KpiRate.Ratio(lateShipments, shipments), latePickups, KpiDefinitions.For(f));
    }

    private static KpiCycleTime Cycle(string measure, List<(string Measure, long N, long Rank, decimal Hours)> rows)
    {
        if (rows.Count == 0) return new KpiCycleTime(measure, 0, null, null, null);
        var n = rows[0].N;
        decimal? At(int p) => rows.First(x => x.Rank == (n * p + 99) / 100).Hours;
        return new KpiCycleTime(measure, n, At(50), At(90), At(95));
    }
}
