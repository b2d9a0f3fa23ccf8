using System.Collections.Concurrent;
using System.Net;
using System.Text;
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
/// A local stand-in for bol.com's Retailer API v10 (Kestrel on loopback, a free port) as its public reference describes it:
/// <c>POST /token?grant_type=client_credentials</c> with Basic client credentials; every <c>/retailer</c> call needs the Bearer
/// token and <c>Accept: application/vnd.retailer.v10+json</c> (406 otherwise); <c>GET /retailer/orders</c> lists open FBR
/// orders in pages of <see cref="PageSize"/> (an empty page is <c>{}</c>); <c>GET /retailer/orders/{id}</c>; <c>PUT
/// /retailer/orders/shipment</c>, <c>/cancellation</c> and <c>/retailer/offers/{id}/stock</c> answered 202 with a process
/// status. Faults per operation: 429 with <c>Retry-After</c>, 500, 503 (problem+json). It records what the OMS sent.
/// </summary>
public sealed class BolStandIn : IAsyncLifetime
{
    public const string ClientId = "standin-bol-client";
    public const string ClientSecret = "standin-bol-secret";
    public const string MediaType = "application/vnd.retailer.v10+json";

    private readonly Lock gate = new();
    private readonly List<JsonObject> orders = [];
    private readonly ConcurrentQueue<(string Operation, string Path)> calls = new();
    private readonly ConcurrentQueue<JsonNode> shipments = new();
    private readonly ConcurrentQueue<JsonNode> cancellations = new();
    private readonly ConcurrentDictionary<string, int> stock = new(StringComparer.Ordinal);
    private readonly MarketplaceFaults faults = new();
    private readonly string accessToken = "standin-bol-" + Guid.NewGuid().ToString("N");
    private WebApplication? app;
    private long processes;

    public int PageSize { get; set; } = 50;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public Uri TokenUrl => new(BaseUrl, "token");

    public int TokenRequests => calls.Count(c => c.Operation == "token");

    public IReadOnlyList<(string Operation, string Path)> Calls => [.. calls];

    public IReadOnlyList<JsonNode> Shipments => [.. shipments];

    public IReadOnlyList<JsonNode> Cancellations => [.. cancellations];

    /// <summary>The last stock amount per offer id.</summary>
    public IReadOnlyDictionary<string, int> Stock => stock;

    /// <summary>Adds or replaces (by orderId) an order, in the shape of <c>GET /retailer/orders/{id}</c>.</summary>
    public void Put(JsonObject order)
    {
        lock (gate)
        {
            orders.RemoveAll(o => (string?)o["orderId"] == (string?)order["orderId"]);
            orders.Add(order);
        }
    }

    public void FailNext(string operation, MarketplaceFault fault, int after = 0) => faults.Add(operation, fault, after);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.MapPost("/token", ctx => Run(ctx, "token", Token));
        app.MapGet("/retailer/orders", ctx => Run(ctx, "getOrders", List));
        app.MapGet("/retailer/orders/{id}", ctx => Run(ctx, "getOrder", Get));
        app.MapPut("/retailer/orders/shipment", ctx => Run(ctx, "shipOrderItem", Ship));
        app.MapPut("/retailer/orders/cancellation", ctx => Run(ctx, "cancelOrderItem", Cancel));
        app.MapPut("/retailer/offers/{id}/stock", ctx => Run(ctx, "updateOfferStock", UpdateStock));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }

    private async Task Run(HttpContext ctx, string operation, Func<HttpContext, JsonNode?, Answer> handle)
    {
        calls.Enqueue((operation, ctx.Request.Path + ctx.Request.QueryString));
        JsonNode? body = ctx.Request.ContentLength is > 0 ? await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: CancellationToken.None) : null;
        Answer answer;
        if (operation != "token" && ctx.Request.Headers.Authorization != "Bearer " + accessToken)
            answer = Problem(401, "Unauthorized", "Full authentication is required to access this resource.");
        else if (operation != "token" && !ctx.Request.Headers.Accept.ToString().Contains(MediaType, StringComparison.Ordinal))
            answer = Problem(406, "Not Acceptable", "The Accept header must be " + MediaType + ".");
        else
        {
            switch (faults.Take(operation))
            {
                case MarketplaceFault.RateLimited:
                    ctx.Response.Headers.RetryAfter = "2";
                    answer = Problem(429, "Too Many Requests", "Too many requests, retry in 2 seconds.");
                    break;
                case MarketplaceFault.ServerError:
                    answer = Problem(500, "Internal Server Error", "An unexpected error occurred.");
                    break;
                case MarketplaceFault.Unavailable:
                    answer = Problem(503, "Service Unavailable", "The service is temporarily unavailable.");
                    break;
                default:
                    answer = handle(ctx, body);
                    break;
            }
        }

        ctx.Response.StatusCode = answer.Status;
        ctx.Response.ContentType = answer.Status >= 400 ? "application/problem+json" : operation == "token" ? "application/json" : MediaType;
        await ctx.Response.WriteAsync(answer.Json?.ToJsonString() ?? "{}", CancellationToken.None);
    }

    private Answer Token(HttpContext ctx, JsonNode? body)
    {
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        if (ctx.Request.Query["grant_type"] != "client_credentials" || ctx.Request.Headers.Authorization != basic)
            return new Answer(401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "Bad client credentials" });
        return new Answer(200, new JsonObject
        {
            ["access_token"] = accessToken, ["token_type"] = "Bearer", ["expires_in"] = 299, ["scope"] = "RETAILER",
        });
    }

    private Answer List(HttpContext ctx, JsonNode? body)
    {
        var page = int.TryParse(ctx.Request.Query["page"], out var p) && p > 0 ? p : 1;
        lock (gate)
        {
            var open = orders.Where(o => o["orderItems"]!.AsArray().Any(i => (string?)i!["fulfilment"]?["method"] == "FBR"
                && i["quantity"]!.GetValue<int>() > i["quantityShipped"]!.GetValue<int>() + i["quantityCancelled"]!.GetValue<int>()))
                .Skip((page - 1) * PageSize).Take(PageSize).ToList();
            if (open.Count == 0) return new Answer(200, new JsonObject());
            return new Answer(200, new JsonObject
            {
                ["orders"] = new JsonArray([.. open.Select(o => (JsonNode)new JsonObject
                {
                    ["orderId"] = (string?)o["orderId"],
                    ["orderPlacedDateTime"] = (string?)o["orderPlacedDateTime"],
                    ["orderItems"] = new JsonArray([.. o["orderItems"]!.AsArray().Select(i => (JsonNode)new JsonObject
                    {
                        ["orderItemId"] = (string?)i!["orderItemId"],
                        ["ean"] = (string?)i["product"]?["ean"],
                        ["fulfilmentMethod"] = (string?)i["fulfilment"]?["method"],
                        ["quantity"] = i["quantity"]!.GetValue<int>(),
                        ["quantityShipped"] = i["quantityShipped"]!.GetValue<int>(),
                        ["quantityCancelled"] = i["quantityCancelled"]!.GetValue<int>(),
                        ["cancellationRequest"] = i["cancellationRequest"]?.GetValue<bool>() ?? false,
                        ["latestChangedDateTime"] = (string?)i["latestChangedDateTime"],
                    })]),
                })]),
            });
        }
    }

    private Answer Get(HttpContext ctx, JsonNode? body)
    {
        var id = (string)ctx.Request.RouteValues["id"]!;
        lock (gate)
        {
            var order = orders.FirstOrDefault(o => (string?)o["orderId"] == id);
            return order is null ? Problem(404, "Not Found", $"Order {id} was not found.") : new Answer(200, order.DeepClone());
        }
    }

    private Answer Ship(HttpContext ctx, JsonNode? body)
    {
        if (body?["orderItems"] is not JsonArray { Count: > 0 } items || body["transport"]?["transporterCode"] is null)
            return Problem(400, "Bad Request", "orderItems and transport.transporterCode are required.");
        lock (gate)
        {
            foreach (var requested in items)
            {
                var item = Item((string?)requested?["orderItemId"]);
                if (item is null) return Problem(404, "Not Found", $"Order item {(string?)requested?["orderItemId"]} was not found.");
                item["quantityShipped"] = item["quantity"]!.GetValue<int>() - item["quantityCancelled"]!.GetValue<int>();
            }
        }

        shipments.Enqueue(body.DeepClone());
        return Process("CONFIRM_SHIPMENT", (string?)items[0]?["orderItemId"]);
    }

    private Answer Cancel(HttpContext ctx, JsonNode? body)
    {
        if (body?["orderItems"] is not JsonArray { Count: > 0 } items || items.Any(i => i?["reasonCode"] is null))
            return Problem(400, "Bad Request", "orderItems with orderItemId and reasonCode are required.");
        lock (gate)
        {
            foreach (var requested in items)
            {
                var item = Item((string?)requested?["orderItemId"]);
                if (item is null) return Problem(404, "Not Found", $"Order item {(string?)requested?["orderItemId"]} was not found.");
                item["quantityCancelled"] = item["quantity"]!.GetValue<int>() - item["quantityShipped"]!.GetValue<int>();
            }
        }

        cancellations.Enqueue(body.DeepClone());
        return Process("CANCEL_ORDER", (string?)items[0]?["orderItemId"]);
    }

    private Answer UpdateStock(HttpContext ctx, JsonNode? body)
    {
        var offer = (string)ctx.Request.RouteValues["id"]!;
        if (body?["amount"] is null || body["managedByRetailer"] is null)
            return Problem(400, "Bad Request", "amount and managedByRetailer are required.");
        stock[offer] = body["amount"]!.GetValue<int>();
        return Process("UPDATE_OFFER_STOCK", offer);
    }

    private JsonObject? Item(string? id) =>
        orders.SelectMany(o => o["orderItems"]!.AsArray()).OfType<JsonObject>().FirstOrDefault(i => (string?)i["orderItemId"] == id);

    private Answer Process(string eventType, string? entity)
    {
        var id = Interlocked.Increment(ref processes);
        return new Answer(202, new JsonObject
        {
            ["processStatusId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["entityId"] = entity,
            ["eventType"] = eventType,
            ["description"] = $"Standin {eventType}.",
            ["status"] = "PENDING",
            ["createTimestamp"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            ["links"] = new JsonArray(new JsonObject { ["rel"] = "self", ["href"] = new Uri(BaseUrl, $"shared/process-status/{id}").ToString(), ["method"] = "GET" }),
        });
    }

    private static Answer Problem(int status, string title, string detail) => new(status, new JsonObject
    {
        ["type"] = "https://api.bol.com/problems", ["title"] = title, ["status"] = status, ["detail"] = detail,
    });
}
