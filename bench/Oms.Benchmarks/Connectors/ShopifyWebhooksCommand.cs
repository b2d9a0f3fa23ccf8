using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oms.Benchmarks.Capture;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Json;

namespace Oms.Benchmarks.Connectors;

/// <summary>
/// Orders per second through the Shopify webhook path (signature check, inbox row, Shopify order read and mapped, capture,
/// outcome written) against the plain capture API with the same orders in the OMS's own JSON, per database and number of
/// clients. The body is Shopify's public orders/create sample (tests/…/Payloads/shopify/orders-create.json) under a fresh
/// order id, line ids and webhook id per order; its SKUs are mapped to demo SKUs with plenty of stock everywhere.
/// </summary>
internal static class ShopifyWebhooksCommand
{
    private const string Code = "shopify-bench";
    private const string Secret = "shpss_bench_client_secret";
    private const string Shop = "bench-shop.myshopify.com";

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        var n = settings.Orders == CaptureSettings.Default.Orders ? 500 : settings.Orders;
        var command = $"shopify-webhooks --orders {n} --clients {string.Join(',', settings.Clients)} --db {string.Join(',', settings.Databases).ToLowerInvariant()}";
        Console.WriteLine($"{command}; {Environment.ProcessorCount} cores, load {Load.Now()}");
        var sample = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.Repository("tests", "Oms.Server.Tests", "Connectors", "Payloads",
            "shopify", "orders-create.json"), ct))!.AsObject();
        var rows = new List<string>();
        var problems = new List<string>();
        foreach (var db in settings.Databases)
        {
            await using var database = await BenchDatabase.CreateAsync(db, settings.Durable, ct);
            await using var host = new OmsHost(database);
            host.Start();
            using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
            await SetUpAsync(http, n * 4, ct);
            foreach (var clients in settings.Clients)
            {
                var warm = Math.Min(50, n / 10);
                await RunAsync(clients, warm, i => CaptureAsync(http, i, ct));
                var (capture, captureFailed) = await RunAsync(clients, n, i => CaptureAsync(http, i, ct));
                rows.Add(Row(db, "capture API (OMS JSON)", clients, n, capture));
                await RunAsync(clients, warm, _ => WebhookAsync(http, sample, ct));
                var (hooks, hooksFailed) = await RunAsync(clients, n, _ => WebhookAsync(http, sample, ct));
                rows.Add(Row(db, "Shopify orders/create webhook", clients, n, hooks));
                Console.WriteLine(rows[^2]);
                Console.WriteLine(rows[^1]);
                if (captureFailed + hooksFailed > 0) problems.Add($"{db} {clients} clients: {captureFailed} captures and {hooksFailed} webhooks failed.");
            }
        }

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Shopify webhooks against the capture API, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`{command}`; {Environment.ProcessorCount} cores, load at the end {Load.Now()}").AppendLine()
            .AppendLine("| db | path | clients | orders | seconds | orders/s |").AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var row in rows) text.AppendLine(row);
        foreach (var p in problems) text.AppendLine("- PROBLEM: " + p);
        Console.WriteLine();
        Console.Write(text);
        var file = RepositoryPaths.BenchArtifacts($"shopify-webhooks-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, text.ToString(), ct);
        Console.WriteLine($"Written to {file}");
        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task<(TimeSpan Elapsed, int Failed)> RunAsync(int clients, int n, Func<int, Task<bool>> one)
    {
        var next = -1;
        var failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < n)
                if (!await one(i)) Interlocked.Increment(ref failed);
        })));
        return (clock.Elapsed, failed);
    }

    private static async Task SetUpAsync(HttpClient http, int units, CancellationToken ct)
    {
        foreach (var sku in new[] { "SKU-0001", "SKU-0002" })
        {
            using var response = await http.PutAsJsonAsync($"/api/stock/DC-CENTRAL/{sku}", new { onHand = units, safetyStock = 0 }, ct);
            response.EnsureSuccessStatusCode();
        }
        var connector = new JsonObject
        {
            ["code"] = Code, ["kind"] = "shopify", ["channel"] = "web",
            ["settings"] = new JsonObject { ["baseUrl"] = "https://" + Shop, ["shopDomain"] = Shop },
            ["secrets"] = new JsonObject { ["clientSecret"] = Secret, ["accessToken"] = "shpat_bench" },
            ["mapping"] = new JsonObject { ["skus"] = new JsonObject { ["IPOD2008PINK"] = "SKU-0001" } },
        };
        using var created = await http.PostAsync("/api/connectors", new StringContent(connector.ToJsonString(), Encoding.UTF8, "application/json"), ct);
        if (!created.IsSuccessStatusCode) throw new InvalidOperationException(await created.Content.ReadAsStringAsync(ct));
    }

    private static async Task<bool> CaptureAsync(HttpClient http, int i, CancellationToken ct)
    {
        var address = new AddressRequest("Bob Norman", "Chestnut Street 92", null, "1012 LG", "Amsterdam", "NL", null, 52.3731, 4.8922);
        var order = new CaptureOrderRequest("web", "API-" + Guid.NewGuid().ToString("N")[..16], OrderType.Standard, "EUR",
            new CustomerRequest("bob.norman@mail.example.com", "Bob Norman", null), address, address, null, 10m,
            [new OrderLineRequest("SKU-0001", 1, 199m, 0, 0, null, DeliveryMethod.ShipToAddress, null, null, $"{i}1"),
             new OrderLineRequest("SKU-0001", 1, 199m, 0, 0, null, DeliveryMethod.ShipToAddress, null, null, $"{i}2")]);
        using var response = await http.PostAsync("/api/orders",
            new StringContent(JsonSerializer.Serialize(order, OmsJson.Options), Encoding.UTF8, "application/json"), ct);
        return response.IsSuccessStatusCode;
    }

    private static async Task<bool> WebhookAsync(HttpClient http, JsonObject sample, CancellationToken ct)
    {
        var order = sample.DeepClone().AsObject();
        var id = Random.Shared.NextInt64(1_000_000_000_000, 9_000_000_000_000_000_000);
        order["id"] = id;
        var lines = order["line_items"]!.AsArray();
        for (var l = 0; l < lines.Count; l++) lines[l]!["id"] = id + l + 1;
        var body = Encoding.UTF8.GetBytes(order.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/connectors/{Code}/webhooks") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Shopify-Topic", "orders/create");
        request.Headers.Add("X-Shopify-Shop-Domain", Shop);
        request.Headers.Add("X-Shopify-Webhook-Id", Guid.NewGuid().ToString());
        request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)));
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) return false;
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return receipt.RootElement.GetProperty("status").GetString() == "accepted";
    }

    private static string Row(BenchDb db, string path, int clients, int n, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"| {db.ToString().ToLowerInvariant()} | {path} | {clients} | {n} | {elapsed.TotalSeconds:0.00} | {n / elapsed.TotalSeconds:0} |");
}
