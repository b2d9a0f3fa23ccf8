using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>UC23: customer service enters an order on behalf of a customer, with live availability per delivery method.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class OrderEntryJourneyTests(ConsoleFixture fx)
{
    private const string Shipped = "SKU-0021";
    private const string Collected = "SKU-0024";

    [Fact]
    public async Task An_agent_enters_an_order_for_a_new_customer_with_a_shipped_and_a_collected_line_then_cancels_a_line()
    {
        var email = $"entry-{Guid.NewGuid():N}@example.com";
        var page = await fx.NewPageAsync();
        await page.SignInAsync("anna", "anna-demo-pass");

        await page.GetByRole(AriaRole.Link, new() { Name = "New order" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New order" })).ToBeVisibleAsync();
        // A new customer: nothing is found under the e-mail address, so the agent enters them.
        await page.GetByLabel("Find customer by e-mail or phone", new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find customer" }).ClickAsync();
        await Expect(page.GetByTestId("no-customer")).ToBeVisibleAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Sanne Bakker");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Phone", new() { Exact = true }).FillAsync("06 1234 5678");
        await page.GetByLabel("Street and number", new() { Exact = true }).FillAsync("Oudegracht 20");
        await page.GetByLabel("Postal code", new() { Exact = true }).FillAsync("3511 AB");
        // The city is forgotten at first: the API's refusal names the field, and the page shows it there.

        var shipLine = await AddProductAsync(page, Shipped);
        var pickupLine = await AddProductAsync(page, Collected);
        var available = await ShipAvailableAsync(Shipped);
        await Expect(shipLine.GetByTestId("ship-availability")).ToHaveTextAsync($"Available to ship: {available}");
        await pickupLine.GetByRole(AriaRole.Radio, new() { Name = "Pick up at a store" }).CheckAsync();
        var stores = pickupLine.GetByTestId("pickup-stores");
        await Expect(stores.Locator("[data-store]").First).ToContainTextAsync("available");
        var store = await stores.Locator("[data-store]").First.GetAttributeAsync("data-store");
        Assert.False(string.IsNullOrEmpty(store));
        await Expect(stores.Locator($"[data-store='{store}']").GetByRole(AriaRole.Radio)).ToBeCheckedAsync();

        // List prices 19.95 and 49.95 before VAT; 21% VAT per line; shipping for the shipped line.
        await Expect(page.GetByTestId("total-lines")).ToHaveTextAsync("EUR 69.90");
        await Expect(page.GetByTestId("total-tax")).ToHaveTextAsync("EUR 14.68");
        await Expect(page.GetByTestId("total-shipping")).ToHaveTextAsync("EUR 4.95");
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("EUR 89.53");
        await Expect(page.GetByLabel("Card token from the payment terminal", new() { Exact = true })).ToHaveValueAsync("pm_card_visa");
        await page.AssertAccessibleAsync("entry-1-new-order");

        await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
        await Expect(page.GetByTestId("action-problem")).ToContainTextAsync("The order was not placed");
        await Expect(page.Locator(".mud-input-control", new() { Has = page.GetByLabel("City", new() { Exact = true }) })).ToContainTextAsync("empty");
        await page.AssertAccessibleAsync("entry-2-field-error");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Utrecht");

        await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("EUR 89.53");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(OrderPage());
        var number = OrderPage().Match(page.Url).Groups[1].Value;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Order {number}" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-line='1']")).ToContainTextAsync(Shipped);
        await Expect(page.Locator("[data-line='2']")).ToContainTextAsync(Collected);
        await Expect(page.GetByTestId("customer")).ToContainTextAsync(email);
        await page.AssertAccessibleAsync("entry-3-order-placed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel line 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Cancel line", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync("Line 1 cancelled.");
        await Expect(page.Locator("[data-line='1']").Locator("[data-status]")).ToHaveAttributeAsync("data-status", "cancelled");
        await page.AssertAccessibleAsync("entry-4-line-cancelled");

        // The OMS has what the page showed: the call centre's order, entered by anna, priced as shown, paid by card.
        var stored = await TestOrders.GetAsync(fx.Server, number);
        Assert.Equal(("callcenter", email), (stored.GetProperty("channel").GetString(), stored.GetProperty("customer").GetProperty("email").GetString()));
        Assert.Contains("anna", stored.GetProperty("enteredBy").GetString(), StringComparison.Ordinal);
        var lines = stored.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal((Shipped, "shipToAddress", "cancelled"), (lines[0].GetProperty("sku").GetString(),
            lines[0].GetProperty("deliveryMethod").GetString(), lines[0].GetProperty("status").GetString()));
        Assert.Equal((Collected, "pickupInStore", store), (lines[1].GetProperty("sku").GetString(),
            lines[1].GetProperty("deliveryMethod").GetString(), lines[1].GetProperty("pickupLocation").GetString()));
        Assert.NotEqual("cancelled", lines[1].GetProperty("status").GetString());
        Assert.Equal((49.95m, 10.49m), (lines[1].GetProperty("unitPrice").GetDecimal(), lines[1].GetProperty("tax").GetDecimal()));
        Assert.Equal(4.19m, lines[0].GetProperty("tax").GetDecimal());
        var payment = stored.GetProperty("payments").EnumerateArray().Single();
        Assert.Equal("sandbox", payment.GetProperty("provider").GetString());
    }

    private static async Task<ILocator> AddProductAsync(IPage page, string sku)
    {
        await page.GetByLabel("Find product by SKU or name", new() { Exact = true }).FillAsync(sku);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find product" }).ClickAsync();
        await page.GetByTestId("product-results").GetByRole(AriaRole.Button, new() { Name = $"Add {sku}" }).ClickAsync();
        var line = page.Locator($"[data-testid='entry-line'][data-sku='{sku}']");
        await Expect(line.GetByTestId("ship-availability")).ToContainTextAsync("Available to ship");
        return line;
    }

    private async Task<int> ShipAvailableAsync(string sku)
    {
        using var http = fx.Server.AdminClient();
        var body = await http.GetFromJsonAsync<JsonElement>(new Uri($"/api/availability/{sku}?channel=callcenter", UriKind.Relative));
        return body.GetProperty("availableToSell").GetInt32();
    }

    [GeneratedRegex("/console/orders/([A-Z0-9-]+)$")]
    private static partial Regex OrderPage();
}
