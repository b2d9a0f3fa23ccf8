using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
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
/// A local stand-in for Amazon's Selling Partner API (Kestrel on loopback, a free port) as its public models describe it:
/// Login with Amazon (<c>POST /auth/o2/token</c>, refresh-token grant), Orders v0 getOrders (LastUpdatedAfter, NextToken pages
/// over a snapshot, LastUpdatedBefore two minutes before now) and getOrderItems (NextToken pages), confirmShipment (204), Feeds
/// 2021-06-30 (document, pre-signed upload, feed) and Listings Items 2021-08-01 PATCH. Every answer carries
/// <c>x-amzn-RateLimit-Limit</c>; faults per operation: 429 QuotaExceeded, 500 InternalFailure, 503 ServiceUnavailable.
/// It records what the OMS sent (confirmations, feeds, quantities).
/// </summary>
public sealed class AmazonSpApiStandIn : IAsyncLifetime
{
    public const string ClientId = "amzn1.application-oa2-client.standin";
    public const string ClientSecret = "amzn1.oa2-cs.v1.standin";
    public const string RefreshToken = "Atzr|standin-refresh-token";
    public const string MarketplaceId = "A1805IZSGTT6HS";
    public const string SellerId = "A2STANDINSELLER";

    private static readonly Dictionary<string, string> Rates = new(StringComparer.Ordinal)
    {
        ["getOrders"] = "0.0167", ["getOrderItems"] = "0.5", ["confirmShipment"] = "2.0", ["createFeedDocument"] = "0.5",
        ["createFeed"] = "0.0083", ["uploadFeedDocument"] = "10.0", ["patchListingsItem"] = "5.0", ["token"] = "10.0",
    };

    private readonly Lock gate = new();
    private readonly List<(JsonObject Order, JsonArray Items)> orders = [];
    private readonly Dictionary<string, (List<JsonObject> Orders, int Offset, string Before)> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Operation, string Path)> calls = new();
    private readonly ConcurrentQueue<(string OrderId, JsonNode Body)> confirmations = new();
    private readonly ConcurrentQueue<(string FeedType, string Content)> feeds = new();
    private readonly ConcurrentDictionary<string, string> documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> quantities = new(StringComparer.Ordinal);
    private readonly MarketplaceFaults faults = new();
    private readonly string accessToken = "Atza|standin-" + Guid.NewGuid().ToString("N");
    private WebApplication? app;
    private int sequence;

    /// <summary>What "now" is for LastUpdatedBefore (the OMS's fake clock in the API tests).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public int PageSize { get; set; } = 100;

    public int ItemPageSize { get; set; } = 100;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public Uri TokenUrl => new(BaseUrl, "auth/o2/token");

    public int TokenRequests => calls.Count(c => c.Operation == "token");

    public IReadOnlyList<(string Operation, string Path)> Calls => [.. calls];

    public IReadOnlyList<(string OrderId, JsonNode Body)> Confirmations => [.. confirmations];

    public IReadOnlyList<(string FeedType, string Content)> Feeds => [.. feeds];

    public IReadOnlyDictionary<string, int> Quantities => quantities;

    /// <summary>Adds or replaces (by AmazonOrderId) an order and its items.</summary>
    public void Put(JsonObject order, JsonArray items)
    {
        lock (gate)
        {
            orders.RemoveAll(o => (string?)o.Order["AmazonOrderId"] == (string?)order["AmazonOrderId"]);
            orders.Add((order, items));
        }
    }

    /// <summary>The next call of <paramref name="operation"/> after <paramref name="after"/> more gets <paramref name="fault"/>.</summary>
    public void FailNext(string operation, MarketplaceFault fault, int after = 0) => faults.Add(operation, fault, after);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.MapPost("/auth/o2/token", ctx => Run(ctx, "token", Token, authorised: false));
        app.MapGet("/orders/v0/orders", ctx => Run(ctx, "getOrders", GetOrders));
        app.MapGet("/orders/v0/orders/{id}/orderItems", ctx => Run(ctx, "getOrderItems", GetItems));
        app.MapPost("/orders/v0/orders/{id}/shipmentConfirmation", ctx => Run(ctx, "confirmShipment", Confirm));
        app.MapPost("/feeds/2021-06-30/documents", ctx => Run(ctx, "createFeedDocument", CreateDocument));
        app.MapPut("/feed-uploads/{id}", ctx => Run(ctx, "uploadFeedDocument", Upload, authorised: false));
        app.MapPost("/feeds/2021-06-30/feeds", ctx => Run(ctx, "createFeed", CreateFeed));
        app.MapMethods("/listings/2021-08-01/items/{seller}/{sku}", ["PATCH"], ctx => Run(ctx, "patchListingsItem", Patch));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }

    private async Task Run(HttpContext ctx, string operation, Func<HttpContext, Task<Answer>> handle, bool authorised = true)
    {
        calls.Enqueue((operation, ctx.Request.Path + ctx.Request.QueryString));
        ctx.Response.Headers["x-amzn-RateLimit-Limit"] = Rates[operation];
        ctx.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        Answer answer;
        if (authorised && ctx.Request.Headers["x-amz-access-token"] != accessToken)
            answer = Error(403, "Unauthorized", "Access to requested resource is denied.");
        else
        {
            answer = faults.Take(operation) switch
            {
                MarketplaceFault.RateLimited => Error(429, "QuotaExceeded", "You exceeded your quota for the requested resource."),
                MarketplaceFault.ServerError => Error(500, "InternalFailure", "We encountered an internal error. Please try again."),
                MarketplaceFault.Unavailable => Error(503, "ServiceUnavailable", "Service temporarily unavailable."),
                _ => await handle(ctx),
            };
        }

        ctx.Response.StatusCode = answer.Status;
        if (answer.Json is not null)
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(answer.Json.ToJsonString(), CancellationToken.None);
        }
    }

    private async Task<Answer> Token(HttpContext ctx)
    {
        var form = await ctx.Request.ReadFormAsync(CancellationToken.None);
        if (form["grant_type"] != "refresh_token" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            return new Answer(401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "Client authentication failed" });
        if (form["refresh_token"] != RefreshToken)
            return new Answer(400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "The request has an invalid grant parameter : refresh_token" });
        return new Answer(200, new JsonObject
        {
            ["access_token"] = accessToken, ["refresh_token"] = RefreshToken, ["token_type"] = "bearer", ["expires_in"] = 3600,
        });
    }

    private Task<Answer> GetOrders(HttpContext ctx)
    {
        var q = ctx.Request.Query;
        if (q["MarketplaceIds"] != MarketplaceId) return Task.FromResult(Error(400, "InvalidInput", "Invalid MarketplaceIds."));
        lock (gate)
        {
            string? token = q["NextToken"];
            List<JsonObject> snapshot;
            int offset;
            string before;
            if (token is not null)
            {
                if (!tokens.TryGetValue(token, out var state)) return Task.FromResult(Error(400, "InvalidInput", "Invalid NextToken."));
                (snapshot, offset, before) = state;
            }
            else
            {
                if (!DateTime.TryParse(q["LastUpdatedAfter"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var after))
                    return Task.FromResult(Error(400, "InvalidInput", "Either CreatedAfter or LastUpdatedAfter must be specified."));
                var upTo = Clock.GetUtcNow().UtcDateTime.AddMinutes(-2);
                before = upTo.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                snapshot = [.. orders.Select(o => o.Order)
                    .Where(o => Updated(o) >= after && Updated(o) <= upTo)
                    .OrderBy(Updated)
                    .Select(o => (JsonObject)o.DeepClone())];
                offset = 0;
            }

            var page = new JsonArray([.. snapshot.Skip(offset).Take(PageSize).Select(o => (JsonNode)o.DeepClone())]);
            var payload = new JsonObject { ["Orders"] = page, ["LastUpdatedBefore"] = before };
            if (offset + PageSize < snapshot.Count)
            {
                var next = $"NT{++sequence:D6}" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=');
                tokens[next] = (snapshot, offset + PageSize, before);
                payload["NextToken"] = next;
            }

            return Task.FromResult(new Answer(200, new JsonObject { ["payload"] = payload }));
        }
    }

    private Task<Answer> GetItems(HttpContext ctx)
    {
        var id = (string)ctx.Request.RouteValues["id"]!;
        lock (gate)
        {
            var found = orders.FirstOrDefault(o => (string?)o.Order["AmazonOrderId"] == id);
            if (found.Order is null) return Task.FromResult(Error(404, "NotFound", $"Order {id} not found."));
            var offset = int.TryParse(ctx.Request.Query["NextToken"], out var o) ? o : 0;
            var payload = new JsonObject
            {
                ["AmazonOrderId"] = id,
                ["OrderItems"] = new JsonArray([.. found.Items.Skip(offset).Take(ItemPageSize).Select(i => i!.DeepClone())]),
            };
            if (offset + ItemPageSize < found.Items.Count) payload["NextToken"] = (offset + ItemPageSize).ToString(CultureInfo.InvariantCulture);
            return Task.FromResult(new Answer(200, new JsonObject { ["payload"] = payload }));
        }
    }

    private async Task<Answer> Confirm(HttpContext ctx)
    {
        var id = (string)ctx.Request.RouteValues["id"]!;
        var body = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: CancellationToken.None);
        var package = body?["packageDetail"];
        if ((string?)body?["marketplaceId"] != MarketplaceId || package?["carrierCode"] is null || package["trackingNumber"] is null
            || package["shipDate"] is null || package["packageReferenceId"] is null || package["orderItems"] is not JsonArray { Count: > 0 })
            return Error(400, "InvalidInput", "marketplaceId and packageDetail (packageReferenceId, carrierCode, trackingNumber, shipDate, orderItems) are required.");
        lock (gate)
        {
            if (!orders.Any(o => (string?)o.Order["AmazonOrderId"] == id)) return Error(404, "NotFound", $"Order {id} not found.");
        }

        confirmations.Enqueue((id, body!));
        return new Answer(204, null);
    }

    private async Task<Answer> CreateDocument(HttpContext ctx)
    {
        var body = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: CancellationToken.None);
        if ((string?)body?["contentType"] is null) return Error(400, "InvalidInput", "contentType is required.");
        var id = $"amzn1.tortuga.4.eu.standin{Interlocked.Increment(ref sequence):D6}";
        documents[id] = "";
        return new Answer(201, new JsonObject { ["feedDocumentId"] = id, ["url"] = new Uri(BaseUrl, $"feed-uploads/{id}").ToString() });
    }

    private async Task<Answer> Upload(HttpContext ctx)
    {
        var id = (string)ctx.Request.RouteValues["id"]!;
        if (!documents.ContainsKey(id)) return new Answer(403, null);
        using var reader = new StreamReader(ctx.Request.Body);
        documents[id] = await reader.ReadToEndAsync(CancellationToken.None);
        return new Answer(200, null);
    }

    private async Task<Answer> CreateFeed(HttpContext ctx)
    {
        var body = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: CancellationToken.None);
        var document = (string?)body?["inputFeedDocumentId"];
        if ((string?)body?["feedType"] is not { } type || document is null || !documents.TryGetValue(document, out var content))
            return Error(400, "InvalidInput", "feedType, marketplaceIds and an uploaded inputFeedDocumentId are required.");
        feeds.Enqueue((type, content));
        return new Answer(202, new JsonObject { ["feedId"] = $"{Interlocked.Increment(ref sequence)}" });
    }

    private async Task<Answer> Patch(HttpContext ctx)
    {
        var sku = Uri.UnescapeDataString((string)ctx.Request.RouteValues["sku"]!);
        var body = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: CancellationToken.None);
        var patch = body?["patches"]?[0];
        if ((string?)ctx.Request.RouteValues["seller"] != SellerId || ctx.Request.Query["marketplaceIds"] != MarketplaceId
            || (string?)patch?["path"] != "/attributes/fulfillment_availability")
            return Error(400, "InvalidInput", "Unexpected listings patch.");
        quantities[sku] = patch?["value"]?[0]?["quantity"]?.GetValue<int>() ?? -1;
        return new Answer(200, new JsonObject
        {
            ["sku"] = sku, ["status"] = "ACCEPTED", ["submissionId"] = Guid.NewGuid().ToString("N"), ["issues"] = new JsonArray(),
        });
    }

    private static DateTime Updated(JsonObject o) =>
        DateTime.Parse((string)o["LastUpdateDate"]!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    private static Answer Error(int status, string code, string message) => new(status, new JsonObject
    {
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message, ["details"] = "" }),
    });
}
