using System.Net.Http.Json;
using System.Text.Json;

namespace Oms.Console.Tests.Infrastructure;

/// <summary>Orders the journeys look at, captured through the public API with the demo administrator's key.</summary>
public static class TestOrders
{
    public sealed record Captured(string Number, string Email, string PostalCode, IReadOnlyList<string> Skus);

    /// <summary>A web order shipped to an address (its lines as given) with a sandbox card payment.</summary>
    public static Task<Captured> ShippedToAddressAsync(ConsoleServer server, string email, string postalCode, params string[] skus)
        => CaptureAsync(server, email, postalCode, [.. skus.Select(sku => (object)new
        {
            sku, quantity = 1, unitPrice = 19.95m, tax = 3.46m, deliveryMethod = "shipToAddress",
        })], skus);

    /// <summary>A web order collected at <paramref name="store"/>.</summary>
    public static Task<Captured> PickupAsync(ConsoleServer server, string email, string store, string sku)
        => CaptureAsync(server, email, "3511 AB", [new { sku, quantity = 1, unitPrice = 19.95m, tax = 3.46m, deliveryMethod = "pickupInStore",
            pickupLocation = store }], [sku]);

    private static async Task<Captured> CaptureAsync(ConsoleServer server, string email, string postalCode, object[] lines, string[] skus)
    {
        using var http = server.AdminClient();
        var id = $"CONSOLE-{Guid.NewGuid():N}"[..24];
        var address = new { name = "Noor de Vries", line1 = "Oudegracht 1", postalCode, city = "Utrecht", country = "NL" };
        using var response = await http.PostAsJsonAsync("/api/orders", new
        {
            channel = "web", channelOrderId = id, type = "standard", currency = "EUR",
            customer = new { email, name = "Noor de Vries", phone = "06 1234 2699" },
            shippingAddress = address, billingAddress = address, shippingCharge = 4.95m, lines,
            payments = new[] { new { method = "card", provider = "sandbox", token = "pm_card_visa" } },
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Capture failed ({(int)response.StatusCode}): {text}");
        var number = JsonDocument.Parse(text).RootElement.GetProperty("number").GetString()!;
        return new Captured(number, email, postalCode, skus);
    }

    /// <summary>The order as the API has it now.</summary>
    public static async Task<JsonElement> GetAsync(ConsoleServer server, string number)
    {
        using var http = server.AdminClient();
        return JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/orders/{number}", UriKind.Relative))).RootElement.Clone();
    }
}
