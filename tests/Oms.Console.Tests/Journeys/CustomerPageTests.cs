using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>The customer's page: no account, an order number and a postal code (or e-mail address).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CustomerPageTests(ConsoleFixture fx)
{
    [Fact]
    public async Task A_customer_looks_up_an_order_by_number_and_postal_code_and_reads_its_status_in_plain_words()
    {
        var order = await TestOrders.ShippedToAddressAsync(fx.Server, $"track-{Guid.NewGuid():N}@example.com", "3512 JE", "SKU-0007", "SKU-0009");
        var page = await fx.NewPageAsync();

        await page.GotoAsync("/track");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Where is my order?" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("customer-1-lookup");
        await page.GetByLabel("Order number", new() { Exact = true }).FillAsync(order.Number.ToLowerInvariant());
        // As people type it: lower case, no space.
        await page.GetByLabel("or postal code", new() { Exact = true }).FillAsync("3512je");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my order" }).ClickAsync();

        var result = page.GetByTestId("track-result");
        await Expect(result.GetByRole(AriaRole.Heading, new() { Name = $"Order {order.Number}" })).ToBeVisibleAsync();
        var statusText = await result.GetByTestId("status-text").InnerTextAsync();
        var stored = await TestOrders.GetAsync(fx.Server, order.Number);
        var status = Enum.Parse<Oms.Domain.Orders.OrderStatus>(stored.GetProperty("status").GetString()!, ignoreCase: true);
        Assert.Equal(Oms.Server.Features.Tracking.StatusWords.Of(status), statusText.Trim());
        await Expect(result.Locator("[data-line='1']")).ToContainTextAsync("SKU-0007");
        await Expect(result.Locator("[data-line='2']")).ToContainTextAsync("SKU-0009");
        await page.AssertAccessibleAsync("customer-2-status");
    }

    [Fact]
    public async Task A_wrong_postal_code_finds_nothing_and_says_what_to_check()
    {
        var order = await TestOrders.ShippedToAddressAsync(fx.Server, $"track-{Guid.NewGuid():N}@example.com", "3512 JE", "SKU-0011");
        var page = await fx.NewPageAsync();

        await page.GotoAsync("/track");
        await page.GetByLabel("Order number", new() { Exact = true }).FillAsync(order.Number);
        await page.GetByLabel("or postal code", new() { Exact = true }).FillAsync("9999 ZZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my order" }).ClickAsync();

        await Expect(page.GetByTestId("track-problem")).ToContainTextAsync("We could not find an order with that number");
        await Expect(page.GetByTestId("track-result")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("customer-3-not-found");
    }

    [Fact]
    public async Task The_order_status_API_answers_a_wrong_pair_exactly_as_an_unknown_number()
    {
        var order = await TestOrders.ShippedToAddressAsync(fx.Server, $"api-{Guid.NewGuid():N}@example.com", "3512 JE", "SKU-0013");
        using var http = new HttpClient { BaseAddress = fx.Server.BaseAddress };

        using var right = await http.PostAsJsonAsync("/api/order-status", new { number = order.Number, email = order.Email.ToUpperInvariant() });
        using var wrong = await http.PostAsJsonAsync("/api/order-status", new { number = order.Number, email = "someone@example.com" });
        using var unknown = await http.PostAsJsonAsync("/api/order-status", new { number = "NO-SUCH-ORDER", postalCode = "3512 JE" });
        using var incomplete = await http.PostAsJsonAsync("/api/order-status", new { number = order.Number });

        Assert.Equal(System.Net.HttpStatusCode.OK, right.StatusCode);
        var body = JsonDocument.Parse(await right.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("customer", out _));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, incomplete.StatusCode);
    }

    [Fact]
    public async Task The_customer_looks_up_a_delivered_order_and_starts_a_return_and_sees_its_progress()
    {
        var order = await TestOrders.ShippedToAddressAsync(fx.Server, $"return-{Guid.NewGuid():N}@example.com", "3512 JE", "SKU-0015", "SKU-0017");
        await TestDeliveries.DeliverAllAsync(fx.Server, order.Number);
        var page = await fx.NewPageAsync();

        await page.GotoAsync("/track");
        await page.GetByLabel("Order number", new() { Exact = true }).FillAsync(order.Number);
        await page.GetByLabel("or postal code", new() { Exact = true }).FillAsync("3512 JE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my order" }).ClickAsync();

        var result = page.GetByTestId("track-result");
        await Expect(result.GetByTestId("status-text")).ToHaveTextAsync(Oms.Server.Features.Tracking.StatusWords.Of(Oms.Domain.Orders.OrderStatus.Completed));
        await Expect(result.Locator("[data-line='2']")).ToContainTextAsync("Delivered");
        await Expect(result.GetByTestId("parcel").First).ToContainTextAsync("PostNL");
        await Expect(result.GetByTestId("parcel").First).ToContainTextAsync("delivered");
        var form = result.GetByTestId("return-form");
        await Expect(form.GetByRole(AriaRole.Checkbox, new() { Name = "Return SKU-0017 (line 2)" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("customer-4-delivered");

        await form.GetByRole(AriaRole.Checkbox, new() { Name = "Return SKU-0017 (line 2)" }).CheckAsync();
        await form.GetByRole(AriaRole.Radio, new() { Name = "Does not fit" }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Start return" }).ClickAsync();

        await Expect(result.GetByTestId("action-done")).ToContainTextAsync($"Return R-{order.Number}-1 started.");
        var shown = result.GetByTestId("returns").Locator($"[data-return='R-{order.Number}-1']");
        await Expect(shown).ToContainTextAsync("1 × SKU-0017");
        var statusText = await shown.GetByTestId("return-status").InnerTextAsync();
        // Line 2 is held by the return now; only line 1 may still be returned.
        await Expect(form.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync("customer-5-return-started");

        // The OMS has the return the page shows: line 2, reason does-not-fit, started by the customer.
        using var http = fx.Server.AdminClient();
        var returns = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/orders/{order.Number}/returns", UriKind.Relative)))
            .RootElement.GetProperty("returns").EnumerateArray().ToList();
        var ret = Assert.Single(returns);
        Assert.Equal(($"R-{order.Number}-1", "does-not-fit", $"customer:{order.Number}"), (ret.GetProperty("number").GetString(),
            ret.GetProperty("reason").GetString(), ret.GetProperty("createdBy").GetString()));
        var stored = await TestOrders.GetAsync(fx.Server, order.Number);
        var line2 = stored.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("lineNumber").GetInt32() == 2);
        Assert.Equal(line2.GetProperty("id").GetString(), ret.GetProperty("lines")[0].GetProperty("orderLineId").GetString());
        var status = Enum.Parse<Oms.Domain.Returns.ReturnStatus>(ret.GetProperty("status").GetString()!, ignoreCase: true);
        Assert.Equal(Oms.Server.Features.Tracking.ReturnStatusWords.Of(status), statusText.Trim());
    }

    [Fact]
    public async Task A_pickup_order_shows_the_store_and_its_opening_hours()
    {
        var email = $"pickup-{Guid.NewGuid():N}@example.com";
        var order = await TestOrders.PickupAsync(fx.Server, email, "STORE-UTR", "SKU-0019");
        var page = await fx.NewPageAsync();

        await page.GotoAsync("/track");
        await page.GetByLabel("Order number", new() { Exact = true }).FillAsync(order.Number);
        await page.GetByLabel("E-mail address", new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my order" }).ClickAsync();

        var pickup = page.GetByTestId("track-result").GetByTestId("pickup");
        await Expect(pickup).ToContainTextAsync("Collect at Store Utrecht");
        var hours = pickup.GetByTestId("opening-hours");
        await Expect(hours.Locator("[data-day='monday'] td")).ToHaveTextAsync("09:00–18:00");
        await Expect(hours.Locator("[data-day='saturday'] td")).ToHaveTextAsync("10:00–17:00");
        await Expect(hours.Locator("[data-day='sunday'] td")).ToHaveTextAsync("12:00–17:00");
        await page.AssertAccessibleAsync("customer-6-pickup-hours");

        // The hours shown are the store's, as the network API has them.
        using var http = fx.Server.AdminClient();
        var store = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/locations/STORE-UTR", UriKind.Relative))).RootElement;
        var monday = store.GetProperty("openingHours").GetProperty("monday")[0];
        Assert.Equal(("09:00", "18:00"), (monday.GetProperty("opens").GetString(), monday.GetProperty("closes").GetString()));
    }
}
