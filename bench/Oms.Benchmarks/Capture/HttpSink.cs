using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Benchmarks.Capture;

/// <summary>
/// POST /api/orders over a real socket, with an Idempotency-Key as channels send it. One shared client: it pools one
/// connection per concurrent request.
/// </summary>
internal sealed class HttpSink(HttpClient client) : IOrderSink
{
    /// <summary>What the server expects: camelCase names, enums by camelCase name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task CaptureAsync(CaptureOrderRequest order, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(order, options: Json) };
        request.Headers.Add("Idempotency-Key", OrderBatch.IdempotencyKey(order));
        using var response = await client.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException(
                $"POST /api/orders for {order.ChannelOrderId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        // A paid order is answered after its authorisation: the payment hold must be gone and the lines allocated.
        if (order.Payments is { Count: > 0 })
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
            var status = body.GetProperty("status").GetString();
            if (status != "allocated") throw new InvalidOperationException($"Order {order.ChannelOrderId} answered with status {status}, not allocated.");
        }
    }
}
