using System.Net.Http.Json;
using System.Text.Json;

namespace Oms.Console.Tests.Infrastructure;

/// <summary>Moves a captured order on through the admin API: released, shipped and delivered, as a warehouse and a carrier would.</summary>
public static class TestDeliveries
{
    public static async Task DeliverAllAsync(ConsoleServer server, string number)
    {
        using var http = server.AdminClient();
        var order = await TestOrders.GetAsync(server, number);
        foreach (var fo in order.GetProperty("fulfilmentOrders").EnumerateArray())
        {
            var id = fo.GetProperty("id").GetString();
            await ExpectOkAsync(await http.PostAsync(new Uri($"/api/fulfilment-orders/{id}/release", UriKind.Relative), null));
            await ExpectOkAsync(await http.PostAsJsonAsync($"/api/fulfilment-orders/{id}/ship",
                new { carrier = "PostNL", trackingNumber = $"3S{Guid.NewGuid():N}"[..14].ToUpperInvariant() }));
        }
        foreach (var shipment in (await TestOrders.GetAsync(server, number)).GetProperty("shipments").EnumerateArray())
            await ExpectOkAsync(await http.PostAsync(new Uri($"/api/shipments/{shipment.GetProperty("id").GetString()}/deliver", UriKind.Relative), null));
    }

    private static async Task ExpectOkAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
            _ = JsonDocument.Parse(text);
        }
    }
}
