using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Oms.TestSupport.StandIn;

/// <summary>
/// A local stand-in for one Shopify shop (Kestrel on 127.0.0.1, a free port), answering the Admin REST API 2024-07 as
/// Shopify documents it: <c>X-Shopify-Access-Token</c> or 401; <c>GET orders/{id}/fulfillment_orders.json</c>,
/// <c>POST fulfillments.json</c> (line_items_by_fulfillment_order, tracking_info), <c>POST orders/{id}/cancel.json</c>,
/// <c>GET|POST orders/{id}/refunds.json</c>, <c>GET orders/{id}/transactions.json</c>, <c>POST inventory_levels/set.json</c>;
/// errors as <c>{"errors": …}</c>; the leaky bucket (40 calls, 2 leak per second; <c>X-Shopify-Shop-Api-Call-Limit</c> on
/// every answer, 429 with <c>Retry-After: 2.0</c> when full). It also sends webhooks signed as Shopify signs them.
/// </summary>
public sealed class ShopifyStandIn : IAsyncLifetime
{
    public const string AccessToken = "shpat_standin0000000000000000000000";
    public const string ClientSecret = "standin-shopify-client-secret";
    public const string ShopDomain = "oms-standin.myshopify.com";
    public const string Version = "2024-07";
    /// <summary>The shop's online location (the id of the examples in Shopify's reference).</summary>
    public const long LocationId = 655441491;

    private readonly Lock gate = new();
    private readonly ShopifyShop shop = new();
    private readonly ConcurrentQueue<ShopRequest> requests = new();
    private readonly ConcurrentQueue<ShopFault> faults = new();
    private readonly HttpClient webhookClient = new();
    private WebApplication? app;
    private double bucket;
    private long leakedAt = Environment.TickCount64;

    /// <summary>The leaky bucket's size (Shopify's standard plan: 40).</summary>
    public int BucketSize { get; init; } = 40;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<ShopRequest> Requests => [.. requests];

    public IReadOnlyList<JsonObject> Fulfillments => Locked(() => shop.Fulfillments.Select(f => (JsonObject)f.DeepClone()).ToList());

    public IReadOnlyList<JsonObject> Refunds => Locked(() => shop.Refunds.Select(f => (JsonObject)f.DeepClone()).ToList());

    public IReadOnlyList<string> Cancelled => Locked(() => shop.Cancelled.ToList());

    public int? Level(long inventoryItemId) => Locked(() => shop.Levels.TryGetValue((inventoryItemId, LocationId), out var v) ? v : (int?)null);

    public void FailNext(ShopFault fault) => faults.Enqueue(fault);

    /// <summary>Makes an order known to the shop (as Shopify had it when it sent the webhook), from a webhook body.</summary>
    public void AddOrder(string orderJson)
    {
        using var doc = JsonDocument.Parse(orderJson);
        var o = doc.RootElement;
        var lines = o.GetProperty("line_items").EnumerateArray()
            .Select(l => (l.GetProperty("id").GetRawText(), l.GetProperty("quantity").GetInt32())).ToList();
        var paid = decimal.Parse(o.GetProperty("total_price").GetString()!, CultureInfo.InvariantCulture);
        Locked(() => { shop.Add(o.GetProperty("id").GetRawText(), paid, lines); return 0; });
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        const string api = "/admin/api/{version}";
        app.MapGet(api + "/orders/{id}/fulfillment_orders.json", c => Handle(c, _ => shop.FulfillmentOrders(Id(c))));
        app.MapPost(api + "/fulfillments.json", c => Handle(c, shop.Fulfill));
        app.MapPost(api + "/orders/{id}/cancel.json", c => Handle(c, b => shop.Cancel(Id(c), b)));
        app.MapGet(api + "/orders/{id}/transactions.json", c => Handle(c, _ => shop.Transactions(Id(c))));
        app.MapGet(api + "/orders/{id}/refunds.json", c => Handle(c, _ => shop.ListRefunds(Id(c))));
        app.MapPost(api + "/orders/{id}/refunds.json", c => Handle(c, b => shop.Refund(Id(c), b)));
        app.MapPost(api + "/inventory_levels/set.json", c => Handle(c, b => shop.SetLevel(b, LocationId)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        webhookClient.Dispose();
        if (app is not null) await app.DisposeAsync();
    }

    /// <summary>Shopify's webhook signature: base64 HMAC-SHA256 of the body with the app's client secret.</summary>
    public static string Sign(string body, string secret = ClientSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    /// <summary>Delivers a webhook as Shopify does (its headers; the signature computed unless one is given).</summary>
    /// <param name="via">The client to post with (the OMS's in-memory test client); default a plain one.</param>
    public async Task<WebhookReply> SendWebhookAsync(Uri target, string topic, string body, string webhookId, string? signature = null,
        string shopDomain = ShopDomain, HttpClient? via = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Shopify-Topic", topic);
        request.Headers.Add("X-Shopify-Hmac-Sha256", signature ?? Sign(body));
        request.Headers.Add("X-Shopify-Shop-Domain", shopDomain);
        request.Headers.Add("X-Shopify-Webhook-Id", webhookId);
        request.Headers.Add("X-Shopify-Event-Id", "evt-" + webhookId);
        request.Headers.Add("X-Shopify-Api-Version", Version);
        request.Headers.Add("X-Shopify-Triggered-At", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        using var response = await (via ?? webhookClient).SendAsync(request);
        return new WebhookReply(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task Handle(HttpContext ctx, Func<JsonNode?, Answer> operation)
    {
        JsonNode? body = null;
        if (ctx.Request.ContentLength is > 0 || ctx.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                body = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: CancellationToken.None);
            }
            catch (JsonException)
            {
                await Write(ctx, new Answer(400, new JsonObject { ["errors"] = "Bad Request" }));
                return;
            }
        }

        var answer = ctx.Request.Headers["X-Shopify-Access-Token"] != AccessToken
            ? new Answer(401, new JsonObject { ["errors"] = "[API] Invalid API key or access token (unrecognized login or wrong password)" })
            : faults.TryDequeue(out var fault) ? Fault(ctx, fault)
            : Locked(() => Drip(ctx) ? operation(body) : RateLimited(ctx, 2.0));
        requests.Enqueue(new ShopRequest(ctx.Request.Method, ctx.Request.Path, body, answer.Status));
        await Write(ctx, answer);
    }

    /// <summary>The leaky bucket: false when it is full.</summary>
    private bool Drip(HttpContext ctx)
    {
        var now = Environment.TickCount64;
        bucket = Math.Max(0, bucket - (now - leakedAt) / 1000.0 * 2);
        leakedAt = now;
        if (bucket + 1 > BucketSize) return false;
        bucket += 1;
        ctx.Response.Headers["X-Shopify-Shop-Api-Call-Limit"] = $"{(int)Math.Ceiling(bucket)}/{BucketSize}";
        return true;
    }

    private static Answer Fault(HttpContext ctx, ShopFault fault) => fault.Status switch
    {
        429 => RateLimited(ctx, fault.RetryAfter.TotalSeconds),
        503 => new Answer(503, null, "<html><body><h1>503 Service Unavailable</h1></body></html>"),
        _ => new Answer(fault.Status, new JsonObject { ["errors"] = "Internal Server Error" }),
    };

    private static Answer RateLimited(HttpContext ctx, double seconds)
    {
        ctx.Response.Headers.RetryAfter = seconds.ToString("0.0", CultureInfo.InvariantCulture);
        return new Answer(429, new JsonObject
        {
            ["errors"] = "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.",
        });
    }

    private T Locked<T>(Func<T> operation)
    {
        lock (gate) return operation();
    }

    private static string Id(HttpContext ctx) => (string)ctx.Request.RouteValues["id"]!;

    internal static async Task Write(HttpContext ctx, Answer answer)
    {
        ctx.Response.StatusCode = answer.Status;
        ctx.Response.ContentType = answer.Raw is null ? "application/json; charset=utf-8" : "text/html";
        await ctx.Response.WriteAsync(answer.Raw ?? answer.Json!.ToJsonString(), CancellationToken.None);
    }
}
