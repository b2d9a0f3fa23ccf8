using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Benchmarks.Capture;
using Oms.Domain.Connectors;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Json;
using Oms.TestSupport;
using RabbitMQ.Client;

namespace Oms.Benchmarks.Warehouse;

/// <summary>
/// Dispatch confirmations per second from a 3PL: through RabbitMQ (published with confirms to <c>wms.LOC.inbound</c>,
/// consumed by the server's one consumer into the inbox and the ship command), against the same confirmations through the
/// HTTP API (<c>POST /api/fulfilment-orders/{id}/ship</c>, one client, one by one) as baseline. Per database: 2N one-line
/// orders are captured and released to DC-3PL-TLB, untimed; N ship over HTTP, then N over the bus, timed from the first
/// publish until the inbox holds all N accepted. A throwaway RabbitMQ node of its own.
/// </summary>
internal static class WmsStreamCommand
{
    private const string Location = "DC-3PL-TLB";
    private const string Sku = "SKU-0002";

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        var n = settings.Orders == CaptureSettings.Default.Orders ? 200 : settings.Orders;
        var command = $"wms-stream --orders {n} --db {string.Join(',', settings.Databases).ToLowerInvariant()}";
        Console.WriteLine($"{command}; {Environment.ProcessorCount} cores, load {Load.Now()}");
        await using var broker = await RabbitMqBroker.StartLocalAsync(ct);
        var rows = new List<string>();
        var problems = new List<string>();
        foreach (var db in settings.Databases)
        {
            Console.WriteLine($"[{db}] creating database and starting the OMS with {Location} on the bus...");
            var bus = await broker.CreateVirtualHostAsync("bench-wms", ct);
            await using var database = await BenchDatabase.CreateAsync(db, settings.Durable, ct);
            await using var host = new OmsHost(database, settings: new Dictionary<string, string?>
            {
                ["Bus:RabbitMq:Uri"] = bus.ToString(),
                ["Warehouse:Locations:0"] = Location,
            });
            host.Start();
            using var http = new HttpClient { BaseAddress = host.Address };
            http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
            await StockOnlyAtThirdPartyAsync(http, 2 * n + 10, ct);
            Console.WriteLine($"[{db}] preparing {2 * n} released orders (not timed)...");
            var fos = new List<Guid>();
            for (var i = 0; i < 2 * n; i++) fos.Add(await ReleasedAsync(http, ct));

            var clock = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                using var response = await http.PostAsJsonAsync($"/api/fulfilment-orders/{fos[i]}/ship",
                    new { carrier = "DHL", trackingNumber = $"HTTP{i:00000}" }, ct);
                if (!response.IsSuccessStatusCode) problems.Add($"{db} http ship {i}: {(int)response.StatusCode}");
            }
            rows.Add(Row(db, "http (ship API, 1 client)", n, clock.Elapsed));

            var runId = Guid.NewGuid().ToString("N")[..8];
            clock.Restart();
            await PublishAsync(bus, fos.Skip(n).ToList(), runId, ct);
            var published = clock.Elapsed;
            var accepted = await WaitForInboxAsync(host, runId, n, TimeSpan.FromMinutes(10), ct);
            rows.Add(Row(db, $"rabbitmq (published in {published.TotalSeconds:0.00} s)", n, clock.Elapsed));
            if (accepted != n) problems.Add($"{db} bus: {accepted} of {n} confirmations accepted.");
            Console.WriteLine(rows[^1]);
        }

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# WMS dispatch confirmations, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`{command}`; {Environment.ProcessorCount} cores, load at the end {Load.Now()}").AppendLine()
            .AppendLine("| db | path | confirmations | seconds | confirmations/s |").AppendLine("|---|---|---:|---:|---:|");
        foreach (var row in rows) text.AppendLine(row);
        foreach (var p in problems) text.AppendLine("- PROBLEM: " + p);
        Console.WriteLine();
        Console.Write(text);
        var file = RepositoryPaths.BenchArtifacts($"wms-stream-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, text.ToString(), ct);
        Console.WriteLine($"Written to {file}");
        return problems.Count == 0 ? 0 : 1;
    }

    private static string Row(BenchDb db, string path, int n, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"| {db.ToString().ToLowerInvariant()} | {path} | {n} | {elapsed.TotalSeconds:0.00} | {n / elapsed.TotalSeconds:0} |");

    private static async Task StockOnlyAtThirdPartyAsync(HttpClient http, int units, CancellationToken ct)
    {
        using var availability = JsonDocument.Parse(await http.GetStringAsync($"/api/stock/{Sku}", ct));
        foreach (var l in availability.RootElement.GetProperty("locations").EnumerateArray())
            await PutStockAsync(http, l.GetProperty("location").GetString()!, 0, ct);
        await PutStockAsync(http, Location, units, ct);
    }

    private static async Task PutStockAsync(HttpClient http, string location, int onHand, CancellationToken ct)
    {
        using var response = await http.PutAsJsonAsync($"/api/stock/{location}/{Sku}", new { onHand, safetyStock = 0 }, ct);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<Guid> ReleasedAsync(HttpClient http, CancellationToken ct)
    {
        var address = new AddressRequest("Anna de Vries", "Damrak 1", null, "1012 LG", "Amsterdam", "NL", null, 52.3731, 4.8922);
        var order = new CaptureOrderRequest("web", "WMS-" + Guid.NewGuid().ToString("N")[..12], OrderType.Standard, "EUR",
            new CustomerRequest("anna@example.com", "Anna de Vries", null), address, null, null, 4.95m,
            [new OrderLineRequest(Sku, 1, 49.95m, 0, 0, null, DeliveryMethod.ShipToAddress, null, null)]);
        using var captured = await http.PostAsync("/api/orders",
            new StringContent(JsonSerializer.Serialize(order, OmsJson.Options), Encoding.UTF8, "application/json"), ct);
        captured.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await captured.Content.ReadAsStringAsync(ct));
        var fo = body.RootElement.GetProperty("fulfilmentOrders")[0].GetProperty("id").GetGuid();
        using var released = await http.PostAsync($"/api/fulfilment-orders/{fo}/release", null, ct);
        released.EnsureSuccessStatusCode();
        return fo;
    }

    private static async Task PublishAsync(Uri bus, List<Guid> fos, string runId, CancellationToken ct)
    {
        var factory = new ConnectionFactory { Uri = bus };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), ct);
        // Confirms are awaited together, as a WMS streaming its confirmations would, not one round trip each.
        var pending = new List<Task>();
        for (var i = 0; i < fos.Count; i++)
        {
            var id = $"{runId}-{i}";
            var json = JsonSerializer.SerializeToUtf8Bytes(new
            {
                type = "dispatch", messageId = id, location = Location, fulfilmentOrderId = fos[i], carrier = "DHL",
                trackingNumber = $"BUS{runId}{i:00000}",
            });
            var properties = new BasicProperties { MessageId = id, ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent };
            pending.Add(channel.BasicPublishAsync("oms.events", $"wms.{Location}.inbound", false, properties, json, ct).AsTask());
        }
        await Task.WhenAll(pending);
    }

    private static async Task<int> WaitForInboxAsync(OmsHost host, string runId, int n, TimeSpan limit, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var done = await db.InboundMessages.CountAsync(m => m.DedupKey.StartsWith(runId) && m.Status != InboundStatus.Received, ct);
            if (done >= n || clock.Elapsed > limit) return done;
            await Task.Delay(20, ct);
        }
    }
}
