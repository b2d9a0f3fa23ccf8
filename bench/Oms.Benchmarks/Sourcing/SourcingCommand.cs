using System.Diagnostics;
using System.Globalization;
using System.Text;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Server.Core.Configuration.Documents.Sourcing;

namespace Oms.Benchmarks.Sourcing;

/// <summary>
/// Sourcing decision time: median and 99th percentile of <see cref="SourcingOptimiser.Plan"/> for networks of 10, 100
/// and 1,000 locations and orders of 1, 5 and 20 lines, under the built-in rule set and a consolidating one
/// (fewer shipments first, at most 4 shipments, splits allowed) that makes the search work hardest.
/// Networks and orders are random but seeded, so runs compare.
/// </summary>
internal static class SourcingCommand
{
    private static readonly int[] LocationCounts = [10, 100, 1000];
    private static readonly int[] LineCounts = [1, 5, 20];
    private const int Skus = 200;

    public static int Run(int orders)
    {
        var ruleSets = new (string Name, SourcingRuleSet Rules)[]
        {
            ("default", SourcingRuleSet.Default),
            ("consolidate", SourcingRuleSetDocuments.Read("""
                { "name": "consolidate", "fewerShipmentsFirst": true,
                  "rankers": [ { "type": "distance", "weight": 1 }, { "type": "shipments", "weight": 50 } ],
                  "limits": { "maxShipments": 4, "allowLineSplit": true } }
                """)),
        };
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"rules",-12} {"locations",9} {"lines",5} {"orders",6} {"median ms",10} {"p99 ms",8} {"assigned",9}");
        foreach (var (name, rules) in ruleSets)
        foreach (var locations in LocationCounts)
        foreach (var lines in LineCounts)
        {
            var random = new Random(locations * 100 + lines);
            var network = Network(random, locations);
            var stock = Stock(random, network);
            for (var i = 0; i < 20; i++) SourcingOptimiser.Plan(Order(random, lines), rules, stock, "L0000"); // warm-up
            var times = new double[orders];
            var assigned = 0;
            for (var i = 0; i < orders; i++)
            {
                var request = Order(random, lines);
                var started = Stopwatch.GetTimestamp();
                var plan = SourcingOptimiser.Plan(request, rules, stock, "L0000");
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                assigned += request.Lines.Count - plan.Unassigned.Count;
            }
            Array.Sort(times);
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{name,-12} {locations,9} {lines,5} {orders,6} {times[orders / 2],10:0.000} {times[(int)Math.Ceiling(orders * 0.99) - 1],8:0.000} {100.0 * assigned / (orders * lines),8:0}%");
        }
        Console.Write(table);
        var path = RepositoryPaths.BenchArtifacts($"sourcing-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "```\n" + table + "```\n");
        Console.WriteLine($"Written to {path}");
        return 0;
    }

    /// <summary>A DC, then stores and a few external DCs and suppliers spread over the Netherlands.</summary>
    private static List<Location> Network(Random random, int count) => [.. Enumerable.Range(0, count).Select(i =>
    {
        var type = i == 0 ? LocationType.DistributionCenter : i % 25 == 0 ? LocationType.ExternalDc : i % 40 == 0 ? LocationType.DropShipSupplier : LocationType.Store;
        var caps = LocationCapabilities.Ship | (type == LocationType.Store ? LocationCapabilities.Pickup : LocationCapabilities.None);
        return new Location($"L{i:0000}", $"Location {i}", type, 50.8 + random.NextDouble() * 2.5, 3.5 + random.NextDouble() * 3.5,
            (SizeClass)random.Next(0, 5), caps);
    })];

    /// <summary>Every location stocks a random third of the SKUs; the DC stocks most of them.</summary>
    private static List<StockAtLocation> Stock(Random random, List<Location> network) => [.. network.SelectMany(l =>
        Enumerable.Range(0, Skus).Where(_ => random.NextDouble() < (l.Type == LocationType.DistributionCenter ? 0.8 : 0.33))
            .Select(s => new StockAtLocation(l, Sku(s), random.Next(0, 12))))];

    private static SourcingRequest Order(Random random, int lines)
        => new("web", new GeoPoint(50.8 + random.NextDouble() * 2.5, 3.5 + random.NextDouble() * 3.5),
            [.. Enumerable.Range(0, lines).Select(_ => Sku(random.Next(Skus))).Distinct(StringComparer.Ordinal)
                .Select(sku => new SourcingLine(Guid.NewGuid(), sku, random.Next(1, 4), DeliveryMethod.ShipToAddress, null))]);

    private static string Sku(int i) => $"SKU-{i:0000}";
}
