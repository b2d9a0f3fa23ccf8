using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>
/// The analyst's dashboard: what it shows for a channel of the test's own reconciles with <c>GET /api/kpis</c> for the same
/// filter and with the orders <c>GET /api/orders</c> lists; each table downloads as CSV.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class DashboardTests(ConsoleFixture fx)
{
    [Fact]
    public async Task An_analyst_sees_figures_that_reconcile_with_the_kpi_api_and_the_order_list_for_the_same_filter()
    {
        var channel = $"DASH-{Guid.NewGuid():N}"[..13].ToUpperInvariant();
        using var admin = fx.Server.AdminClient();
        await Ok(await admin.PutAsJsonAsync($"/api/channels/{channel}", new { name = $"Dashboard {channel}", type = "webshop", currency = "EUR" }));
        var first = await CaptureAsync(admin, channel, 19.95m);
        await CaptureAsync(admin, channel, 29.95m);
        var cancelled = await CaptureAsync(admin, channel, 9.95m);
        await Ok(await admin.PostAsJsonAsync($"/api/orders/{cancelled}/cancel", new { reason = "Customer asked" }));
        var order = await GetAsync(admin, $"/api/orders/{first}");
        var fo = order.GetProperty("fulfilmentOrders")[0].GetProperty("id").GetString();
        await Ok(await admin.PostAsJsonAsync($"/api/fulfilment-orders/{fo}/release", new { }));
        order = JsonDocument.Parse(await Ok(await admin.PostAsJsonAsync($"/api/fulfilment-orders/{fo}/ship",
            new { carrier = "PostNL", trackingNumber = "3SDASH" + channel[5..] }))).RootElement;
        var shipment = order.GetProperty("shipments")[0].GetProperty("id").GetString();
        await Ok(await admin.PostAsJsonAsync($"/api/shipments/{shipment}/deliver", new { }));

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await fx.NewPageAsync();
        await page.SignInAsync("alex", "alex-demo-pass");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Channel", new() { Exact = true }).FillAsync(channel);
        await page.GetByLabel("From day", new() { Exact = true }).FillAsync(today);
        await page.GetByLabel("To day", new() { Exact = true }).FillAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var board = page.GetByTestId("dashboard");
        await Expect(board).ToHaveAttributeAsync("data-query", new System.Text.RegularExpressions.Regex($"channel={channel}"));
        await Expect(page.GetByTestId("kpi-orders")).ToHaveTextAsync("3");
        await page.AssertAccessibleAsync("dashboard-1-channel");

        // The page's figures are the API's for the same filter: both computed after the last change (the page's the first for
        // this filter, the API's asked fresh with Cache-Control: no-cache), so they count the same orders.
        var query = await board.GetAttributeAsync("data-query");
        await Expect(page.GetByTestId("kpi-as-of")).ToContainTextAsync("Figures as of");
        var k = await GetFreshAsync(admin, $"/api/kpis?{query}");
        await Expect(page.GetByTestId("kpi-orders")).ToHaveTextAsync(k.GetProperty("orders").GetInt64().ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("kpi-revenue")).ToHaveTextAsync(k.GetProperty("revenue").GetDecimal().ToString("0.00", CultureInfo.InvariantCulture));
        foreach (var rate in new[] { "fulfilment", "perfectOrders", "splitShipments", "shipFromStore", "lateShipments" })
        {
            await Expect(page.GetByTestId($"rate-{rate}-count")).ToHaveTextAsync(Count(k.GetProperty(rate), "count"));
            await Expect(page.GetByTestId($"rate-{rate}-of")).ToHaveTextAsync(Count(k.GetProperty(rate), "of"));
        }
        await Expect(page.GetByTestId("cycle-captureToShip-count")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("cycle-captureToDelivery-count")).ToHaveTextAsync("1");
        // Delivered 1 of the 2 units not cancelled; 1 perfect order of the 2 finished (the cancelled one is not perfect).
        await Expect(page.GetByTestId("rate-fulfilment-rate")).ToHaveTextAsync("50.0 %");
        await Expect(page.GetByTestId("rate-perfectOrders-count")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("rate-perfectOrders-of")).ToHaveTextAsync("2");

        // And the order list for the same channel and day counts the same orders.
        var from = $"{today}T00:00:00.0000000Z";
        var listed = await GetAsync(admin, $"/api/orders?channel={channel}&from={Uri.EscapeDataString(from)}&limit=100");
        Assert.Equal(3, listed.GetProperty("items").GetArrayLength());
        var total = listed.GetProperty("items").EnumerateArray().Sum(o => o.GetProperty("total").GetDecimal());
        await Expect(page.GetByTestId("kpi-revenue")).ToHaveTextAsync(total.ToString("0.00", CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("orders-by-day").Locator($"tr[data-day='{today}'] [data-testid='day-orders']")).ToHaveTextAsync("3");

        // Each table downloads as CSV with the same filter and the analyst's session.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("csv-rates").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("orders,3,,", csv, StringComparison.Ordinal);
        Assert.Contains($"fulfilment,1,2,0.5", csv, StringComparison.Ordinal);
        await page.AssertAccessibleAsync("dashboard-2-reconciled");

        // A new order shows once Refresh asks for figures computed now; the as-of time moves with them.
        var asOf = await board.GetAttributeAsync("data-as-of");
        await CaptureAsync(admin, channel, 39.95m);
        await page.GetByTestId("kpi-refresh").ClickAsync();
        await Expect(page.GetByTestId("kpi-orders")).ToHaveTextAsync("4");
        Assert.NotEqual(asOf, await board.GetAttributeAsync("data-as-of"));
    }

    private static string Count(JsonElement rate, string name) => rate.GetProperty(name).GetInt64().ToString(CultureInfo.InvariantCulture);

    private static async Task<string> CaptureAsync(HttpClient admin, string channel, decimal price)
    {
        var address = new { name = "Dana Dashboard", line1 = "Oudegracht 1", postalCode = "3511 AB", city = "Utrecht", country = "NL" };
        var body = await Ok(await admin.PostAsJsonAsync("/api/orders", new
        {
            channel, channelOrderId = $"D-{Guid.NewGuid():N}"[..20], type = "standard", currency = "EUR",
            customer = new { email = $"dash-{Guid.NewGuid():N}@example.com", name = "Dana Dashboard" },
            shippingAddress = address, billingAddress = address, shippingCharge = 4.95m,
            lines = new[] { new { sku = "SKU-0001", quantity = 1, unitPrice = price, tax = 0m, deliveryMethod = "shipToAddress" } },
        }));
        return JsonDocument.Parse(body).RootElement.GetProperty("number").GetString()!;
    }

    private static async Task<JsonElement> GetFreshAsync(HttpClient http, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        return JsonDocument.Parse(await Ok(await http.SendAsync(request))).RootElement.Clone();
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, string url)
        => JsonDocument.Parse(await Ok(await http.GetAsync(new Uri(url, UriKind.Relative)))).RootElement.Clone();

    private static async Task<string> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return text;
    }
}
