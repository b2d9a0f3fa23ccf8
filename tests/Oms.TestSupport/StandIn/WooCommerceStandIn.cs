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
/// A local stand-in for a WooCommerce shop's REST API v3 (Kestrel on 127.0.0.1, a free port), answering as its reference
/// describes: HTTP Basic authentication with the consumer key and secret (401 otherwise); <c>PUT orders/{id}</c>,
/// <c>GET|POST orders/{id}/notes</c>, <c>GET|POST orders/{id}/refunds</c>, <c>POST products/batch</c> and
/// <c>POST products/{id}/variations/batch</c> (at most 100 items); errors as <c>{code, message, data: {status}}</c>. Faults
/// (429 with Retry-After from a host's rate limit, 500, 503) on demand. It sends webhooks as WooCommerce does, signed with
/// the webhook secret in <c>X-WC-Webhook-Signature</c> and with a new delivery id each time.
/// </summary>
public sealed class WooCommerceStandIn : IAsyncLifetime
{
    public const string ConsumerKey = "ck_standin0000000000000000000000000000000";
    public const string ConsumerSecret = "cs_standin0000000000000000000000000000000";
    public const string WebhookSecret = "standin-woocommerce-webhook-secret";

    private readonly Lock gate = new();
    private readonly WooCommerceShop shop = new();
    private readonly ConcurrentQueue<ShopRequest> requests = new();
    private readonly ConcurrentQueue<ShopFault> faults = new();
    private readonly HttpClient webhookClient = new();
    private WebApplication? app;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<ShopRequest> Requests => [.. requests];

    public void FailNext(ShopFault fault) => faults.Enqueue(fault);

    public string? Status(string orderId) => Locked(() => shop.Status(orderId));

    /// <summary>The statuses the OMS set, in order.</summary>
    public IReadOnlyList<string> StatusHistory(string orderId) => Locked(() => shop.History(orderId));

    public IReadOnlyList<JsonObject> Notes(string orderId) => Locked(() => shop.Notes(orderId));

    public IReadOnlyList<JsonObject> Refunds(string orderId) => Locked(() => shop.Refunds(orderId));

    /// <summary>Stock of a product (<c>"93"</c>) or a variation (<c>"22/23"</c>) as last set.</summary>
    public int? Stock(string product) => Locked(() => shop.Stock.TryGetValue(product, out var v) ? v : (int?)null);

    /// <summary>Makes an order known to the shop, from a webhook body (its id, status and total).</summary>
    public void AddOrder(string orderJson)
    {
        using var doc = JsonDocument.Parse(orderJson);
        var o = doc.RootElement;
        Locked(() =>
        {
            shop.Add(o.GetProperty("id").GetRawText(), o.GetProperty("status").GetString()!,
                decimal.Parse(o.GetProperty("total").GetString()!, CultureInfo.InvariantCulture));
            return 0;
        });
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        const string api = "/wp-json/wc/v3";
        app.MapPut(api + "/orders/{id}", c => Handle(c, b => shop.Update(Id(c), b)));
        app.MapGet(api + "/orders/{id}/notes", c => Handle(c, _ => shop.ListNotes(Id(c))));
        app.MapPost(api + "/orders/{id}/notes", c => Handle(c, b => shop.AddNote(Id(c), b)));
        app.MapGet(api + "/orders/{id}/refunds", c => Handle(c, _ => shop.ListRefunds(Id(c))));
        app.MapPost(api + "/orders/{id}/refunds", c => Handle(c, b => shop.AddRefund(Id(c), b)));
        app.MapPost(api + "/products/batch", c => Handle(c, b => shop.Batch(null, b)));
        app.MapPost(api + "/products/{id}/variations/batch", c => Handle(c, b => shop.Batch(Id(c), b)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        webhookClient.Dispose();
        if (app is not null) await app.DisposeAsync();
    }

    /// <summary>WooCommerce's webhook signature: base64 HMAC-SHA256 of the body with the webhook's secret.</summary>
    public static string Sign(string body, string secret = WebhookSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    /// <summary>Delivers a webhook as WooCommerce does (a new delivery id each time; the signature computed unless given).</summary>
    /// <param name="via">The client to post with (the OMS's in-memory test client); default a plain one.</param>
    public async Task<WebhookReply> SendWebhookAsync(Uri target, string topic, string body, string? signature = null, HttpClient? via = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-WC-Webhook-Source", "https://example.com/");
        request.Headers.Add("X-WC-Webhook-Topic", topic);
        request.Headers.Add("X-WC-Webhook-Resource", topic.Split('.')[0]);
        request.Headers.Add("X-WC-Webhook-Event", topic.Split('.')[^1]);
        request.Headers.Add("X-WC-Webhook-Signature", signature ?? Sign(body));
        request.Headers.Add("X-WC-Webhook-ID", "3");
        request.Headers.Add("X-WC-Webhook-Delivery-ID", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        request.Headers.UserAgent.ParseAdd("WooCommerce/9.1.2");
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
                await ShopifyStandIn.Write(ctx, WooCommerceShop.Error(400, "rest_invalid_json", "Invalid JSON body passed."));
                return;
            }
        }

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ConsumerKey}:{ConsumerSecret}"));
        var answer = ctx.Request.Headers.Authorization != expected
            ? WooCommerceShop.Error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
            : faults.TryDequeue(out var fault) ? Fault(ctx, fault)
            : Locked(() => operation(body));
        requests.Enqueue(new ShopRequest(ctx.Request.Method, ctx.Request.Path, body, answer.Status));
        await ShopifyStandIn.Write(ctx, answer);
    }

    private static Answer Fault(HttpContext ctx, ShopFault fault)
    {
        switch (fault.Status)
        {
            case 429:
                ctx.Response.Headers.RetryAfter = ((int)Math.Ceiling(fault.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return WooCommerceShop.Error(429, "too_many_requests", "Too many requests. Please wait and try again.");
            case 503:
                return new Answer(503, null, "<html><body><h1>503 Service Unavailable</h1></body></html>");
            default:
                return WooCommerceShop.Error(fault.Status, "internal_server_error", "There has been a critical error on this website.");
        }
    }

    private T Locked<T>(Func<T> operation)
    {
        lock (gate) return operation();
    }

    private static string Id(HttpContext ctx) => (string)ctx.Request.RouteValues["id"]!;
}
