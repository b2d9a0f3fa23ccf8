using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Inventory;
using Oms.Server.Features.Orders;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>The public HTTP API as the tests drive it. Unexpected status codes fail with the body in the message.</summary>
public sealed class OmsClient(HttpClient http, TestCredentials? credentials = null)
{
    /// <summary>The actor requests act as when they name none (null: the demo administrator's key).</summary>
    public string? As { get; init; }

    /// <summary>The same server, acting as <paramref name="actor"/> by default.</summary>
    public OmsClient For(string actor) => new(http, credentials) { As = actor };

    /// <summary>Puts the credential of <paramref name="actor"/> on a request the test builds itself.</summary>
    public Task AuthenticateAsync(HttpRequestMessage request, string actor)
        => (credentials ?? throw new InvalidOperationException("This client has no credentials to act as others.")).ApplyAsync(request, actor);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public HttpClient Http => http;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, string? actor = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        if ((actor ?? As) is { } who) await AuthenticateAsync(request, who);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null, string? actor = null, string? idempotencyKey = null)
        => SendAsync(HttpMethod.Post, url, body, actor, idempotencyKey);

    public async Task<T> ExpectAsync<T>(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    /// <summary>
    /// Captures as a retailer's systems do unless told otherwise: a store sale through its till's key, a call center order by
    /// an agent, any other order through its channel's key.
    /// </summary>
    public async Task<OrderResponse> CaptureAsync(CaptureOrderRequest order, string? actor = null)
        => await ExpectAsync<OrderResponse>(await PostAsync("/api/orders", order, actor ?? As ?? CapturedBy(order)), HttpStatusCode.Created);

    public static string CapturedBy(CaptureOrderRequest order) => order switch
    {
        { SellingLocation: { Length: > 0 } store } => $"store:{store}",
        { Channel: "callcenter" } => "agent:anna",
        _ => $"channel:{order.Channel}",
    };

    public async Task<OrderResponse> GetOrderAsync(string idOrNumber)
        => await ExpectAsync<OrderResponse>(await SendAsync(HttpMethod.Get, $"/api/orders/{idOrNumber}"), HttpStatusCode.OK);

    public async Task<OrderResponse> FulfilAsync(Guid fulfilmentOrderId, string verb, object? body = null, string actor = "wms:test")
        => await ExpectAsync<OrderResponse>(await PostAsync($"/api/fulfilment-orders/{fulfilmentOrderId}/{verb}", body, actor), HttpStatusCode.OK);

    public Task<OrderResponse> ShipAsync(Guid fulfilmentOrderId, string carrier = "PostNL", string tracking = "3SABC123", IReadOnlyList<Guid>? lineIds = null)
        => FulfilAsync(fulfilmentOrderId, "ship", new ShipRequest(carrier, tracking, lineIds), "wms:test");

    public async Task<OrderResponse> DeliverAsync(Guid shipmentId)
        => await ExpectAsync<OrderResponse>(await PostAsync($"/api/shipments/{shipmentId}/deliver", null, "carrier:postnl"), HttpStatusCode.OK);

    public async Task<OrderResponse> CancelAsync(string order, string reason, IReadOnlyList<Guid>? lineIds = null, string actor = "agent:anna")
        => await ExpectAsync<OrderResponse>(await PostAsync($"/api/orders/{order}/cancel", new CancelOrderRequest(lineIds, reason), actor), HttpStatusCode.OK);

    public async Task<AvailabilityResponse> StockAsync(string sku)
        => await ExpectAsync<AvailabilityResponse>(await SendAsync(HttpMethod.Get, $"/api/stock/{sku}"), HttpStatusCode.OK);

    public async Task<StockPositionResponse> StockAtAsync(string sku, string location)
        => (await StockAsync(sku)).Locations.Single(l => l.Location == location);

    public async Task SetStockAsync(string location, string sku, int onHand, int? safetyStock = 0)
        => await ExpectAsync<AvailabilityResponse>(await SendAsync(HttpMethod.Put, $"/api/stock/{location}/{sku}", new SetStockRequest(onHand, safetyStock)), HttpStatusCode.OK);

    /// <summary>Gives the SKU exactly <paramref name="onHand"/> units at each named location and none anywhere else.</summary>
    public async Task StockOnlyAtAsync(string sku, params (string Location, int OnHand)[] positions)
    {
        foreach (var p in (await StockAsync(sku)).Locations)
            await SetStockAsync(p.Location, sku, 0);
        foreach (var (location, onHand) in positions)
            await SetStockAsync(location, sku, onHand);
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
