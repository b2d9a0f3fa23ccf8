using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oms.Benchmarks.Capture;
using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;
using Oms.Server.Demo;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Returns;

namespace Oms.Benchmarks.Returns;

/// <summary>A requested return: its id and, per return line, the units expected back.</summary>
internal sealed record RequestedReturn(Guid Id, IReadOnlyList<(Guid LineId, int Quantity)> Lines);

/// <summary>
/// The public API calls of a return, as <c>tests/Oms.Server.Tests/Returns/ReturnSteps.cs</c> makes them: an online order
/// captured, released, shipped and delivered from the central DC; a return of every unit of it, shipped back to the DC
/// for reason <c>does-not-fit</c>; its receipt there, every unit restocked. Responses are read as JSON, only for the ids
/// and counts the next call needs, so that changes to the response records do not break the benchmark.
/// </summary>
internal sealed class ReturnCalls(HttpClient http)
{
    public const string Reason = "does-not-fit";

    /// <summary>Captures <paramref name="order"/> and takes it to the customer; answers the order's id and lines.</summary>
    public async Task<JsonElement> DeliveredAsync(CaptureOrderRequest order, CancellationToken ct)
    {
        var captured = await PostAsync("/api/orders", order, HttpStatusCode.Created, ct, OrderBatch.IdempotencyKey(order));
        var current = captured;
        foreach (var fo in captured.GetProperty("fulfilmentOrders").EnumerateArray())
        {
            var id = fo.GetProperty("id").GetGuid();
            await PostAsync($"/api/fulfilment-orders/{id}/release", null, HttpStatusCode.OK, ct);
            current = await PostAsync($"/api/fulfilment-orders/{id}/ship",
                new ShipRequest("PostNL", "3S" + id.ToString("N")[..10].ToUpperInvariant(), null), HttpStatusCode.OK, ct);
        }
        foreach (var shipment in current.GetProperty("shipments").EnumerateArray())
            current = await PostAsync($"/api/shipments/{shipment.GetProperty("id").GetGuid()}/deliver", null, HttpStatusCode.OK, ct);
        var undelivered = current.GetProperty("lines").EnumerateArray().Count(l => l.GetProperty("status").GetString() != "delivered");
        if (undelivered > 0) throw new InvalidOperationException($"Order {current.GetProperty("number")}: {undelivered} line(s) not delivered.");
        return current;
    }

    /// <summary><c>POST /api/orders/{id}/returns</c> for every unit of every line of a delivered order.</summary>
    public async Task<RequestedReturn> RequestAsync(JsonElement order, CancellationToken ct)
    {
        var lines = order.GetProperty("lines").EnumerateArray()
            .Select(l => new ReturnLineRequest(l.GetProperty("id").GetGuid(), l.GetProperty("quantity").GetInt32())).ToList();
        var body = new ReturnRequest(lines, Reason, ReturnMethod.ShipToLocation, DemoData.CentralDc);
        var ret = await PostAsync($"/api/orders/{order.GetProperty("id").GetGuid()}/returns", body, HttpStatusCode.Created, ct);
        return new(ret.GetProperty("id").GetGuid(), [.. ret.GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("id").GetGuid(), l.GetProperty("quantity").GetInt32()))]);
    }

    /// <summary><c>POST /api/returns/{id}/receive</c> at the central DC, every expected unit restocked; checks they were received.</summary>
    public async Task ReceiveAsync(RequestedReturn ret, CancellationToken ct)
    {
        var body = new ReceiveReturnRequest(DemoData.CentralDc,
            [.. ret.Lines.Select(l => new ReceivedUnitsRequest(l.LineId, l.Quantity, Disposition.Restock))]);
        var received = await PostAsync($"/api/returns/{ret.Id}/receive", body, HttpStatusCode.OK, ct);
        var shortLines = received.GetProperty("lines").EnumerateArray()
            .Count(l => l.GetProperty("receivedQuantity").GetInt32() != l.GetProperty("quantity").GetInt32());
        if (shortLines > 0) throw new InvalidOperationException($"Return {ret.Id}: {shortLines} line(s) not received in full.");
    }

    /// <summary>Units on hand at the central DC over the SKUs the benchmark's orders use (read through the stock API).</summary>
    public async Task<long> OnHandAtDcAsync(CancellationToken ct)
    {
        long total = 0;
        for (var i = 1; i <= OrderBatch.StockedSkus; i++)
        {
            var stock = await http.GetFromJsonAsync<JsonElement>($"/api/stock/{DemoData.Sku(i)}", HttpSink.Json, ct);
            total += stock.GetProperty("locations").EnumerateArray()
                .Where(l => l.GetProperty("location").GetString() == DemoData.CentralDc)
                .Sum(l => (long)l.GetProperty("onHand").GetInt32());
        }
        return total;
    }

    private async Task<JsonElement> PostAsync(string url, object? body, HttpStatusCode expected, CancellationToken ct,
        string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: HttpSink.Json);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != expected)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"POST {url} answered {(int)response.StatusCode}, not {(int)expected}: {text}"));
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
