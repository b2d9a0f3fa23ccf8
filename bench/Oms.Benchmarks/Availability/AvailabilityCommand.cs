using System.Globalization;
using System.Text;
using Oms.Benchmarks.Capture;
using Oms.Server.Demo;

namespace Oms.Benchmarks.Availability;

/// <summary>
/// The webshop's stock question, <c>GET /api/availability/{sku}?channel=web</c> over the demo catalogue's 50 SKUs, against a
/// bare <c>MapGet</c> in the same host measured just before it at the same concurrency: requests per second, p50 and p99.
/// </summary>
internal static class AvailabilityCommand
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Measure = TimeSpan.FromSeconds(6);

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        // The command line's --clients, unless it was left at capture's default.
        IReadOnlyList<int> clients = ReferenceEquals(settings.Clients, CaptureSettings.Default.Clients) ? [1, 16, 64] : settings.Clients;
        Console.WriteLine($"availability: clients {string.Join(',', clients)}, {Measure.TotalSeconds:0} s each; {Environment.ProcessorCount} cores, load {Load.Now()}");
        var rows = new List<string>();
        var problems = new List<string>();
        foreach (var db in settings.Databases)
        {
            await using var database = await BenchDatabase.CreateAsync(db, settings.Durable, ct);
            await using var host = new OmsHost(database);
            host.Start();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = host.Address };
            http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
            static string Availability(int i) => $"/api/availability/{DemoData.Sku(1 + i % 50)}?channel=web";
            static string Ping(int _) => PingEndpoint.Path;
            foreach (var c in clients)
            {
                await GetLoad.RunAsync(http, Ping, c, Warmup, ct);
                var ping = await GetLoad.RunAsync(http, Ping, c, Measure, ct);
                await GetLoad.RunAsync(http, Availability, c, Warmup, ct);
                var availability = await GetLoad.RunAsync(http, Availability, c, Measure, ct);
                foreach (var (what, r) in new[] { ("ping", ping), ("availability", availability) })
                {
                    if (r.Failed > 0) problems.Add($"{db} {what} {c} clients: {r.Failed} failed, first: {r.FirstError}");
                }
                var row = string.Create(CultureInfo.InvariantCulture,
                    $"| {db.ToString().ToLowerInvariant()} | {c} | {ping.RequestsPerSecond:0} | {ping.P99Ms:0.0} | {availability.RequestsPerSecond:0} | {availability.P50Ms:0.0} | {availability.P99Ms:0.0} | {availability.RequestsPerSecond / ping.RequestsPerSecond:0.00}x |");
                Console.WriteLine(row);
                rows.Add(row);
            }
        }
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Availability reads against a bare GET, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`availability --clients {string.Join(',', clients)}`; {Environment.ProcessorCount} cores shared by client and server, load average at the end {Load.Now()}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Each point: {Warmup.TotalSeconds:0} s warm-up, then {Measure.TotalSeconds:0} s of closed-loop GETs; the SKU cycles through the 50 demo SKUs.").AppendLine()
            .AppendLine("| db | clients | bare GET req/s | bare GET p99 ms | availability req/s | p50 ms | p99 ms | vs bare GET |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows) text.AppendLine(row);
        foreach (var p in problems) text.AppendLine("- PROBLEM: " + p);
        Console.WriteLine();
        Console.Write(text);
        var file = RepositoryPaths.BenchArtifacts($"availability-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, text.ToString(), ct);
        Console.WriteLine($"Written to {file}");
        return problems.Count == 0 ? 0 : 1;
    }
}
