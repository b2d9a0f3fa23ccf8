using System.Globalization;
using CsvHelper;
using Oms.Domain.Common;

namespace Oms.Server.Features.Kpis;

/// <summary>The report's tables as CSV (RFC 4180, invariant culture), one per dashboard table or chart.</summary>
internal static class KpiCsv
{
    public static readonly IReadOnlyList<string> Tables = ["orders-by-day", "cycle-times", "returns-by-reason", "returns-by-product", "rates"];

    public static string Write(KpiReport report, string table)
    {
        var rows = table switch
        {
            "orders-by-day" => [["day", "channel", "orders", "revenue"],
                .. report.OrdersByDay.Select(d => new[] { d.Day, d.Channel, Text(d.Orders), Text(d.Revenue) })],
            "cycle-times" => [["measure", "count", "p50Hours", "p90Hours", "p95Hours"],
                .. report.CycleTimes.Select(c => new[] { c.Measure, Text(c.Count), Text(c.P50Hours), Text(c.P90Hours), Text(c.P95Hours) })],
            "returns-by-reason" => Returns("reason", report.ReturnsByReason),
            "returns-by-product" => Returns("sku", report.ReturnsByProduct),
            "rates" => Rates(report),
            _ => throw new NotFoundException("KPI table", table),
        };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, false))
        {
            foreach (var row in rows) csv.WriteRecord(row);
        }
        return text.ToString();
    }

    private static List<string[]> Returns(string key, IReadOnlyList<KpiReturnRow> rows)
        => [[key, "returnedUnits", "soldUnits", "rate"], .. rows.Select(r => new[] { r.Key, Text(r.ReturnedUnits), Text(r.SoldUnits), Text(r.Rate) })];

    private static List<string[]> Rates(KpiReport r)
    {
        string[] Row(string name, KpiRate rate) => [name, Text(rate.Count), Text(rate.Of), Text(rate.Rate)];
        return
        [
            ["kpi", "count", "of", "rate"],
            ["orders", Text(r.Orders), "", ""],
            Row("fulfilment", r.Fulfilment),
            Row("perfectOrders", r.PerfectOrders),
            Row("splitShipments", r.SplitShipments),
            Row("shipFromStore", r.ShipFromStore),
            Row("lateShipments", r.LateShipments),
            Row("latePickups", r.LatePickups),
            ["backorderedLines", Text(r.Backorders.Lines), "", ""],
            ["everBackorderedLines", Text(r.Backorders.EverBackorderedLines), "", ""],
        ];
    }

    private static string Text(long v) => v.ToString(CultureInfo.InvariantCulture);
    /// <summary>The same figure whichever database computed it: no trailing zeros (12, 0.6, 134.75).</summary>
    private static string Text(decimal? v) => v?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
