using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oms.Console.Tests.Infrastructure;

/// <summary>What the store and queue journeys arrange through the admin API: products of their own, releases, deliveries, returns.</summary>
public static class StoreSetup
{
    /// <summary>A product no other journey touches, with stock only where given.</summary>
    public static async Task<string> NewSkuAsync(ConsoleServer server, params (string Location, int OnHand)[] stock)
    {
        var sku = $"JRN-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        using var http = server.AdminClient();
        await OkAsync(await http.PutAsJsonAsync($"/api/products/{sku}", new { sku, name = $"Journey product {sku}", listPrice = 19.95m, currency = "EUR" }));
        foreach (var (location, onHand) in stock)
            await OkAsync(await http.PutAsJsonAsync($"/api/stock/{location}/{sku}", new { onHand }));
        return sku;
    }

    /// <summary>Releases every fulfilment order of the order to its location (as the release sweep would after the cancellation window).</summary>
    public static async Task<JsonElement> ReleaseAllAsync(ConsoleServer server, string number)
    {
        using var http = server.AdminClient();
        var order = await TestOrders.GetAsync(server, number);
        foreach (var fo in order.GetProperty("fulfilmentOrders").EnumerateArray())
            await OkAsync(await http.PostAsync(new Uri($"/api/fulfilment-orders/{fo.GetProperty("id").GetGuid()}/release", UriKind.Relative), null));
        return await TestOrders.GetAsync(server, number);
    }

    /// <summary>Ships every fulfilment order of the order and has the carrier deliver it.</summary>
    public static async Task<JsonElement> DeliverAllAsync(ConsoleServer server, string number)
    {
        using var http = server.AdminClient();
        var order = await ReleaseAllAsync(server, number);
        foreach (var fo in order.GetProperty("fulfilmentOrders").EnumerateArray())
            await OkAsync(await http.PostAsJsonAsync($"/api/fulfilment-orders/{fo.GetProperty("id").GetGuid()}/ship",
                new { carrier = "PostNL", trackingNumber = $"3S{Guid.NewGuid():N}"[..14].ToUpperInvariant() }));
        order = await TestOrders.GetAsync(server, number);
        foreach (var shipment in order.GetProperty("shipments").EnumerateArray())
            await OkAsync(await http.PostAsync(new Uri($"/api/shipments/{shipment.GetProperty("id").GetGuid()}/deliver", UriKind.Relative), null));
        return await TestOrders.GetAsync(server, number);
    }

    /// <summary>The customer hands the order's first line in at <paramref name="store"/>: the return the store will receive.</summary>
    public static async Task<JsonElement> HandInAsync(ConsoleServer server, string number, string store)
    {
        using var http = server.AdminClient();
        var order = await TestOrders.GetAsync(server, number);
        var line = order.GetProperty("lines")[0].GetProperty("id").GetGuid();
        var response = await http.PostAsJsonAsync($"/api/orders/{number}/returns", new
        {
            lines = new[] { new { orderLineId = line, quantity = 1 } }, reason = "changed-mind", method = "handInAtStore", expectedLocation = store,
        });
        return await OkAsync(response);
    }

    /// <summary>The active fraud rules with one more: <paramref name="sku"/> alone is enough for a review (and not for a rejection).</summary>
    public static async Task ReviewOrdersWithAsync(ConsoleServer server, string sku)
    {
        using var http = server.AdminClient();
        var current = await OkAsync(await http.GetAsync(new Uri("/api/configuration/fraud-rules", UriKind.Relative)));
        var document = JsonNode.Parse(current.GetProperty("document").GetRawText())!.AsObject();
        var reviewAt = document["reviewAt"]!.GetValue<int>();
        document["rules"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "riskySkus", ["points"] = reviewAt, ["skus"] = new JsonArray(sku),
        });
        using var content = new StringContent(document.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        await OkAsync(await http.PutAsync(new Uri("/api/configuration/fraud-rules?comment=console%20journey", UriKind.Relative), content));
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered " +
                $"{(int)response.StatusCode}: {text}");
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
