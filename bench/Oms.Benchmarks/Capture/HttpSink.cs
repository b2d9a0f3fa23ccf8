using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Oms.Server.Features.Orders;

namespace Oms.Benchmarks.Capture;

/// <summary>POST /api/orders over a real socket. One shared client: it pools one connection per concurrent request.</summary>
internal sealed class HttpSink(HttpClient client) : IOrderSink
{
    /// <summary>What the server expects: camelCase names, enums by camelCase name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task CaptureAsync(CaptureOrderRequest order, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("/api/orders", order, Json, ct);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException(
                $"POST /api/orders for {order.ChannelOrderId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }
}
