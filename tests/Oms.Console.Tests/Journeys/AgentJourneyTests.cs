using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>Customer service: find the order the customer calls about, open it, cancel one line, see what that did.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AgentJourneyTests(ConsoleFixture fx)
{
    [Fact]
    public async Task An_agent_finds_an_order_by_email_cancels_one_line_and_sees_it_cancelled_on_the_page_and_the_timeline()
    {
        var email = $"agent-{Guid.NewGuid():N}@example.com";
        var order = await TestOrders.ShippedToAddressAsync(fx.Server, email, "3511 AB", "SKU-0001", "SKU-0003");
        var page = await fx.NewPageAsync();

        await page.SignInAsync("anna", "anna-demo-pass");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var results = page.GetByTestId("order-results");
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = order.Number })).ToBeVisibleAsync();
        await Expect(results.Locator("tbody tr")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync("agent-1-search-by-email");

        await results.GetByRole(AriaRole.Link, new() { Name = order.Number }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Order {order.Number}" })).ToBeVisibleAsync();
        var line1 = page.Locator("[data-line='1']");
        var line2 = page.Locator("[data-line='2']");
        await Expect(line1).ToContainTextAsync("SKU-0001");
        await Expect(page.GetByTestId("customer")).ToContainTextAsync(email);
        await page.AssertAccessibleAsync("agent-2-order-page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel line 1" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Cancel line 1?");
        await page.AssertAccessibleAsync("agent-3-confirm-cancel");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel line", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync("Line 1 cancelled.");
        await Expect(line1.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "cancelled");
        await Expect(line2.Locator("[data-status]")).Not.ToHaveAttributeAsync("data-status", "cancelled");
        await Expect(page.GetByTestId("timeline").Locator("li[data-type='line.cancelled']"))
            .ToContainTextAsync("Line 1 (1 × SKU-0001) cancelled: Cancelled in the console.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel line 1" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("agent-4-line-cancelled");

        // What the page shows is what the OMS did.
        var stored = await TestOrders.GetAsync(fx.Server, order.Number);
        var lines = stored.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal("cancelled", lines[0].GetProperty("status").GetString());
        Assert.NotEqual("cancelled", lines[1].GetProperty("status").GetString());
        Assert.Contains(stored.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("actor").GetString()!.Contains("anna", StringComparison.Ordinal)
            && t.GetProperty("type").GetString() == "line.cancelled");
    }

    [Fact]
    public async Task The_customers_other_orders_are_one_click_from_the_order_page()
    {
        var email = $"history-{Guid.NewGuid():N}@example.com";
        var first = await TestOrders.ShippedToAddressAsync(fx.Server, email, "3511 AB", "SKU-0005");
        var second = await TestOrders.PickupAsync(fx.Server, email, "STORE-AMS", "SKU-0002");
        var page = await fx.NewPageAsync();
        await page.SignInAsync("anna", "anna-demo-pass");

        await page.GotoAsync($"/console/orders/{first.Number}");
        await page.GetByRole(AriaRole.Link, new() { Name = "All orders of this customer" }).ClickAsync();

        var results = page.GetByTestId("order-results");
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = second.Number })).ToBeVisibleAsync();
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = first.Number })).ToBeVisibleAsync();
        await Expect(results.Locator("tbody tr")).ToHaveCountAsync(2);
        await page.AssertAccessibleAsync("agent-5-customer-history");
    }
}
