using System.Net.Http.Json;
using System.Text.Json;

namespace Oms.Console.Tests.Infrastructure;

/// <summary>Orders taken all the way to the customer and returns of them, arranged through the public API with the admin key.</summary>
public static class TestReturns
{
    public sealed record Requested(string OrderNumber, Guid ReturnId, string ReturnNumber, string Status);

    /// <summary>
    /// A web order of one unit at <paramref name="unitPrice"/>, paid by sandbox card, released, shipped and delivered; then a
    /// return of that unit with its refund before the goods come back (so approving it pays the refund at once).
    /// </summary>
    public static async Task<Requested> DeliveredAndReturnedAsync(ConsoleServer server, string email, string sku, decimal unitPrice)
    {
        var (number, line) = await DeliveredAsync(server, email, sku, unitPrice);
        using var http = server.AdminClient();
        var ret = await ExpectAsync(await http.PostAsJsonAsync($"/api/orders/{number}/returns", new
        {
            lines = new[] { new { orderLineId = line, quantity = 1 } }, reason = "changed-mind", method = "shipToLocation",
            expectedLocation = "DC-CENTRAL", refundBeforeReceipt = true,
        }), "return");
        return new Requested(number, ret.GetProperty("id").GetGuid(), ret.GetProperty("number").GetString()!, ret.GetProperty("status").GetString()!);
    }

    /// <summary>A web order of one unit, paid by sandbox card, released, shipped and delivered: its number and its line's id.</summary>
    public static async Task<(string Number, string LineId)> DeliveredAsync(ConsoleServer server, string email, string sku, decimal unitPrice)
    {
        using var http = server.AdminClient();
        var address = new { name = "Noor de Vries", line1 = "Oudegracht 1", postalCode = "3511 AB", city = "Utrecht", country = "NL" };
        var order = await ExpectAsync(await http.PostAsJsonAsync("/api/orders", new
        {
            channel = "web", channelOrderId = $"FINANCE-{Guid.NewGuid():N}"[..24], type = "standard", currency = "EUR",
            customer = new { email, name = "Noor de Vries" }, shippingAddress = address, billingAddress = address, shippingCharge = 4.95m,
            lines = new[] { new { sku, quantity = 1, unitPrice, tax = Math.Round(unitPrice * 21m / 121m, 2), deliveryMethod = "shipToAddress" } },
            payments = new[] { new { method = "card", provider = "sandbox", token = "pm_card_visa" } },
        }), "capture");
        var number = order.GetProperty("number").GetString()!;
        var fulfilmentOrder = order.GetProperty("fulfilmentOrders")[0].GetProperty("id").GetString()!;
        await ExpectAsync(await http.PostAsJsonAsync($"/api/fulfilment-orders/{fulfilmentOrder}/release", new { }), "release");
        var shipped = await ExpectAsync(await http.PostAsJsonAsync($"/api/fulfilment-orders/{fulfilmentOrder}/ship",
            new { carrier = "PostNL", trackingNumber = "3SFIN" + Random.Shared.Next(100000, 999999) }), "ship");
        var shipment = shipped.GetProperty("shipments")[0].GetProperty("id").GetString()!;
        var delivered = await ExpectAsync(await http.PostAsJsonAsync($"/api/shipments/{shipment}/deliver", new { }), "deliver");
        return (number, delivered.GetProperty("lines")[0].GetProperty("id").GetString()!);
    }

    /// <summary>The return as the API has it now.</summary>
    public static async Task<JsonElement> GetAsync(ConsoleServer server, Guid returnId)
    {
        using var http = server.AdminClient();
        return JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/returns/{returnId}", UriKind.Relative))).RootElement.Clone();
    }

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, string step)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{step} failed ({(int)response.StatusCode}): {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
