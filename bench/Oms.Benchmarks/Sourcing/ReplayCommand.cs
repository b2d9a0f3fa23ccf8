using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Oms.Benchmarks.Capture;
using Oms.Benchmarks.Growth;
using Oms.Benchmarks.RawSql;

namespace Oms.Benchmarks.Sourcing;

/// <summary>
/// How long POST /api/sourcing/replays takes over N orders (default 10,000; the target is under a minute), per database:
/// stores the orders as the growth benchmark does (<see cref="Prefill"/>: web orders of three lines over SKU-0001..0040,
/// allocated at the central DC, spread over the <see cref="Days"/> days of the period; delivery addresses in five cities),
/// gives those SKUs stock at the central DC and at six stores, then replays the period with a "stores first, split
/// allowed" candidate for the web channel, cold (first call) and warm, and checks that the replay saw every order and wrote nothing.
/// </summary>
internal static class ReplayCommand
{
    private const int Days = 14;
    private static readonly string[] Stores = ["STORE-AMS", "STORE-UTR", "STORE-RTM", "STORE-EHV", "STORE-DHG", "STORE-GRN"];
    private static readonly (string PostalCode, string City, double Lat, double Lon)[] Addresses =
        [("1012 LG", "Amsterdam", 52.3731, 4.8922), ("3511 AL", "Utrecht", 52.0907, 5.1214), ("9711 LM", "Groningen", 53.2194, 6.5665),
         ("5611 AB", "Eindhoven", 51.4416, 5.4697), ("3011 AA", "Rotterdam", 51.9244, 4.4777)];

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        var n = settings.Orders == CaptureSettings.Default.Orders ? 10_000 : settings.Orders;
        var command = $"sourcing-replay --orders {n} --db {string.Join(',', settings.Databases).ToLowerInvariant()}";
        Console.WriteLine($"{command}; {Environment.ProcessorCount} cores, load {Load.Now()}");
        var rows = new List<string>();
        var problems = new List<string>();
        foreach (var db in settings.Databases)
        {
            await using var database = await BenchDatabase.CreateAsync(db, settings.Durable, ct);
            await using var host = new OmsHost(database);
            host.Start();
            using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(10) };
            http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
            await StockAsync(http, n, ct);
            // The period ends an hour before now, so that the demo data's orders (placed as the host started) stay out of it.
            var to = DateTime.UtcNow.AddHours(-1);
            var from = to.AddDays(-Days).AddSeconds(-1);
            var seeding = Stopwatch.StartNew();
            await Prefill.RunAsync(database, n, settings, ct, end: to.AddSeconds(-1), days: Days, shape: Spread);
            seeding.Stop();
            var stockBefore = await http.GetStringAsync("/api/stock/SKU-0001", ct);
            foreach (var run in new[] { "cold", "warm" })
            {
                var clock = Stopwatch.StartNew();
                using var response = await http.PostAsJsonAsync("/api/sourcing/replays", new
                {
                    key = "web", from, to, channel = "web", limit = n,
                    document = JsonDocument.Parse("""
                        { "name": "stores-first-split", "filters": [ { "type": "locationType", "include": ["store"] } ],
                          "rankers": [ { "type": "distance", "weight": 1 }, { "type": "shipments", "weight": 50 } ],
                          "limits": { "maxCandidates": 5, "rankCandidatesBy": "distance", "maxShipments": 2, "allowLineSplit": true } }
                        """).RootElement,
                }, ct);
                clock.Stop();
                var text = await response.Content.ReadAsStringAsync(ct);
                if (!response.IsSuccessStatusCode) { problems.Add($"{db} {run}: {(int)response.StatusCode} {text}"); break; }
                using var result = JsonDocument.Parse(text);
                var r = result.RootElement;
                var orders = r.GetProperty("orders").GetInt32();
                if (orders != n) problems.Add($"{db} {run}: replayed {orders} orders, expected {n}.");
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {db.ToString().ToLowerInvariant()} | {run} | {orders} | {clock.Elapsed.TotalSeconds:0.00} | {orders / clock.Elapsed.TotalSeconds:0} | " +
                    $"{Metric(r, "active")} | {Metric(r, "candidate")} | {r.GetProperty("ordersChanged").GetInt32()} | {seeding.Elapsed.TotalSeconds:0} |"));
                Console.WriteLine(rows[^1]);
                if (clock.Elapsed > TimeSpan.FromMinutes(1)) problems.Add($"{db} {run}: {clock.Elapsed.TotalSeconds:0} s, over a minute.");
            }
            if (await http.GetStringAsync("/api/stock/SKU-0001", ct) != stockBefore) problems.Add($"{db}: the stock changed during the replay.");
        }

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Sourcing replay, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`{command}`; {Environment.ProcessorCount} cores, load at the end {Load.Now()}").AppendLine()
            .AppendLine("Metrics: shipments per order / store share / unserved lines.").AppendLine()
            .AppendLine("| db | run | orders | seconds | orders/s | active | candidate | orders changed | seeding s |")
            .AppendLine("|---|---|---:|---:|---:|---|---|---:|---:|");
        foreach (var row in rows) report.AppendLine(row);
        foreach (var p in problems) report.AppendLine("- PROBLEM: " + p);
        Console.WriteLine();
        Console.Write(report);
        var file = RepositoryPaths.BenchArtifacts($"sourcing-replay-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, report.ToString(), ct);
        Console.WriteLine($"Written to {file}");
        return problems.Count == 0 ? 0 : 1;
    }

    private static string Metric(JsonElement r, string side)
    {
        var m = r.GetProperty(side);
        return string.Create(CultureInfo.InvariantCulture,
            $"{m.GetProperty("shipmentsPerOrder").GetDouble():0.00} / {m.GetProperty("storeShare").GetDouble():0.00} / {m.GetProperty("unservedLines").GetInt32()}");
    }

    /// <summary>
    /// Enough at the DC for every order; the stores hold a share, so the stores-first candidate runs some of them dry. The
    /// stored orders use SKU-0001..SKU-0040 (<see cref="OrderBatch"/>).
    /// </summary>
    private static async Task StockAsync(HttpClient http, int orders, CancellationToken ct)
    {
        for (var i = 1; i <= OrderBatch.StockedSkus; i++)
        {
            var sku = Oms.Server.Demo.DemoData.Sku(i);
            using var dc = await http.PutAsJsonAsync($"/api/stock/DC-CENTRAL/{sku}", new { onHand = orders, safetyStock = 0 }, ct);
            dc.EnsureSuccessStatusCode();
            foreach (var store in Stores)
            {
                using var s = await http.PutAsJsonAsync($"/api/stock/{store}/{sku}", new { onHand = Math.Max(1, orders / 50), safetyStock = 0 }, ct);
                s.EnsureSuccessStatusCode();
            }
        }
    }

    /// <summary>
    /// The stored orders' delivery addresses spread over five cities (the distance ranker has something to rank), and no
    /// release due (the release sweep would otherwise release the whole period while the replay runs).
    /// </summary>
    private static IEnumerable<SqlRow> Spread(int i, IReadOnlyList<SqlRow> rows)
    {
        var a = Addresses[i % Addresses.Length];
        foreach (var row in rows)
        {
            if (ReferenceEquals(row.Shape, OrderRows.Orders))
            {
                row.Values[Column("ReleaseAfter")] = null;
                row.Values[Column("ShippingAddress_City")] = a.City;
                row.Values[Column("ShippingAddress_PostalCode")] = a.PostalCode;
                row.Values[Column("ShippingAddress_Latitude")] = a.Lat;
                row.Values[Column("ShippingAddress_Longitude")] = a.Lon;
            }
            yield return row;
        }
    }

    private static int Column(string name) => OrderRows.Orders.Columns.ToList().IndexOf(name);
}
