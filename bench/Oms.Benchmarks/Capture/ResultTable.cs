using System.Globalization;
using System.Text;

namespace Oms.Benchmarks.Capture;

/// <summary>One measured batch, with its throughput relative to the raw-SQL baseline of the same database and concurrency.</summary>
internal sealed record ResultRow(BenchDb Db, BenchMode Mode, int Clients, LoadResult Load, long Retries)
{
    public double? Ratio { get; init; }
}

/// <summary>Renders results as an aligned plain-text table (console) and as Markdown (the artifact).</summary>
internal static class ResultTable
{
    private static readonly string[] Headers =
        ["db", "mode", "clients", "orders", "seconds", "orders/s", "p50 ms", "p99 ms", "vs raw SQL", "KB/order", "app CPU ms/order", "PG CPU ms/order", "failed", "retries"];

    /// <summary>Fills in each row's ratio to the baseline row with the same database and client count.</summary>
    public static List<ResultRow> WithRatios(IReadOnlyList<ResultRow> rows)
        => [.. rows.Select(r => r with
        {
            Ratio = rows.FirstOrDefault(b => b.Mode == BenchMode.RawSql && b.Db == r.Db && b.Clients == r.Clients) is { } baseline
                ? r.Load.OrdersPerSecond / baseline.Load.OrdersPerSecond
                : null,
        })];

    public static string PlainText(IReadOnlyList<ResultRow> rows)
    {
        var cells = rows.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(c => cells.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var (row, index) in cells.Select((r, i) => (r, i)))
        {
            // Names left-aligned, numbers right-aligned.
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c < 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
            if (index == 0) text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        }
        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<ResultRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", Headers) + " |");
        text.AppendLine("|" + string.Join("|", Headers.Select((_, c) => c < 2 ? "---" : "---:")) + "|");
        foreach (var row in rows)
            text.AppendLine("| " + string.Join(" | ", Cells(row)) + " |");
        return text.ToString();
    }

    private static string[] Cells(ResultRow r) =>
    [
        r.Db.ToString().ToLowerInvariant(),
        r.Mode.ToString().ToLowerInvariant(),
        Format($"{r.Clients}"),
        Format($"{r.Load.Orders}"),
        Format($"{r.Load.Elapsed.TotalSeconds:0.00}"),
        Format($"{r.Load.OrdersPerSecond:0}"),
        Format($"{r.Load.P50Ms:0.0}"),
        Format($"{r.Load.P99Ms:0.0}"),
        r.Ratio is { } ratio ? Format($"{ratio:0.00}x") : "n/a",
        Format($"{r.Load.AllocatedKbPerOrder:0}"),
        Format($"{r.Load.ProcessCpuMsPerOrder:0.00}"),
        r.Db == BenchDb.Postgres ? Format($"{r.Load.DatabaseCpuMsPerOrder:0.00}") : "-",
        Format($"{r.Load.Failed}"),
        r.Mode == BenchMode.RawSql ? "-" : Format($"{r.Retries}"),
    ];

    private static string Format(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
