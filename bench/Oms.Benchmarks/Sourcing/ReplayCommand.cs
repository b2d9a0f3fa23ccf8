using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Oms.Benchmarks.Capture;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Json;

namespace Oms.Benchmarks.Sourcing;

/// <summary>
/// How long POST /api/sourcing/replays takes over N orders (default 10,000; the target is under a minute), per database:
/// seeds the orders through the capture API (two lines each, three SKUs with stock at the central DC and every store, a few
/// customer addresses across the country), then replays the period with a "stores first, split allowed" candidate for the
/// web channel, cold (first call) and warm, and checks that the replay saw every order and wrote nothing.
/// </summary>
internal static class ReplayCommand
{
    private static readonly string[] Skus = ["SKU-0001", "SKU-0002", "SKU-0003"];
    private static readonly string[] Stores = ["STORE-AMS", "STORE-UTR", "STORE-RTM", "STORE-EHV", "STORE-DHG", "STORE-GRN"];
    private static readonly (string PostalCode, string City, double Lat, double Lon)[] Addresses =
        [("1012 LG", "Amsterdam", 52.3731, 4.8922), ("3511 AL", "Utrecht", 52.0907, 5.1214), ("9711 LM", "Groningen", 53.2194, 6.5665),
         ("5611 AB", "Eindhoven", 51.4416, 5.4697), ("3011 AA", "Rotterdam", 51.9244, 4.4777)];

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        var n = settings.Orders == CaptureSettings.Default.Orders ? 10_000 : settings.Orders;
        var clients = settings.Clients.Max();
        var command = $"sourcing-replay --orders {n} --clients {clients} --db {string.Join(',', settings.Databases).ToLowerInvariant()}";
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
            var from = DateTime.UtcNow.AddSeconds(-1);
            var seeding = Stopwatch.StartNew();
            var failed = await SeedAsync(http, n, clients, ct);
            seeding.Stop();
            if (failed > 0) problems.Add($"{db}: {failed} captures failed.");
            var to = DateTime.UtcNow.AddSeconds(1);
            var stockBefore = await http.GetStringAsync($"/api/stock/{Skus[0]}", ct);
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
                if (orders != n - failed) problems.Add($"{db} {run}: replayed {orders} orders, expected {n - failed}.");
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {db.ToString().ToLowerInvariant()} | {run} | {orders} | {clock.Elapsed.TotalSeconds:0.00} | {orders / clock.Elapsed.TotalSeconds:0} | " +
                    $"{Metric(r, "active")} | {Metric(r, "candidate")} | {r.GetProperty("ordersChanged").GetInt32()} | {seeding.Elapsed.TotalSeconds:0} |"));
                Console.WriteLine(rows[^1]);
                if (clock.Elapsed > TimeSpan.FromMinutes(1)) problems.Add($"{db} {run}: {clock.Elapsed.TotalSeconds:0} s, over a minute.");
            }
            if (await http.GetStringAsync($"/api/stock/{Skus[0]}", ct) != stockBefore) problems.Add($"{db}: the stock changed during the replay.");
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

    /// <summary>Enough at the DC for every order; the stores hold a share, so the stores-first candidate runs some of them dry.</summary>
    private static async Task StockAsync(HttpClient http, int orders, CancellationToken ct)
    {
        foreach (var sku in Skus)
        {
            using var dc = await http.PutAsJsonAsync($"/api/stock/DC-CENTRAL/{sku}", new { onHand = orders * 2, safetyStock = 0 }, ct);
            dc.EnsureSuccessStatusCode();
            foreach (var store in Stores)
            {
                using var s = await http.PutAsJsonAsync($"/api/stock/{store}/{sku}", new { onHand = orders / 10, safetyStock = 0 }, ct);
                s.EnsureSuccessStatusCode();
            }
        }
    }

    private static async Task<int> SeedAsync(HttpClient http, int n, int clients, CancellationToken ct)
    {
        var next = -1;
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < n)
            {
                var a = Addresses[i % Addresses.Length];
                var address = new AddressRequest("Bench Customer", "Main Street 1", null, a.PostalCode, a.City, "NL", null, a.Lat, a.Lon);
                var order = new CaptureOrderRequest("web", "RPL-" + Guid.NewGuid().ToString("N")[..16], OrderType.Standard, "EUR",
                    new CustomerRequest("replay.bench@mail.example.com", "Bench Customer", null), address, address, null, 5m,
                    [new OrderLineRequest(Skus[i % 3], 1 + i % 2, 30m, 0, 0, null, DeliveryMethod.ShipToAddress, null, null, $"{i}-1"),
                     new OrderLineRequest(Skus[(i + 1) % 3], 1, 20m, 0, 0, null, DeliveryMethod.ShipToAddress, null, null, $"{i}-2")]);
                using var response = await http.PostAsync("/api/orders",
                    new StringContent(JsonSerializer.Serialize(order, OmsJson.Options), Encoding.UTF8, "application/json"), ct);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failed);
            }
        })));
        return failed;
    }
}
