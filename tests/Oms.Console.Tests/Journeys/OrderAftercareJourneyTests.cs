using System.Text.Json;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>Customer service: a return for a delivered line, and a whole order cancelled after a refused amendment.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OrderAftercareJourneyTests(ConsoleFixture fx)
{
    [Fact]
    public async Task An_agent_creates_a_return_for_a_delivered_line_and_sees_it_under_returns()
    {
        var (number, _) = await TestReturns.DeliveredAsync(fx.Server, $"return-{Guid.NewGuid():N}@example.com", "SKU-0005", 19.95m);
        var page = await fx.NewPageAsync();
        await page.SignInAsync("anna", "anna-demo-pass");
        await page.GotoAsync($"/console/orders/{number}");
        await Expect(page.Locator("[data-line='1'] [data-status]")).ToHaveAttributeAsync("data-status", "delivered");

        await page.GetByRole(AriaRole.Button, new() { Name = "Return, exchange or claim" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Line 1 (SKU-0005): units back, at most 1", new() { Exact = true }).FillAsync("1");
        await page.AssertAccessibleAsync("aftercare-1-return-form");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create return" }).ClickAsync();

        await Expect(page.GetByTestId("action-done")).ToContainTextAsync("created: approved.");
        await Expect(page.GetByTestId("return")).ToContainTextAsync("Return");
        await page.AssertAccessibleAsync("aftercare-2-return-created");

        using var http = fx.Server.AdminClient();
        var returns = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/orders/{number}/returns", UriKind.Relative))).RootElement;
        var ret = Assert.Single(returns.GetProperty("returns").EnumerateArray());
        Assert.Equal(("return", "approved", "changed-mind"), (ret.GetProperty("kind").GetString(), ret.GetProperty("status").GetString(),
            ret.GetProperty("reason").GetString()));
        Assert.Contains("anna", ret.GetProperty("createdBy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_amendment_is_shown_in_words_and_the_whole_order_is_cancelled_with_a_reason()
    {
        var order = await TestOrders.ShippedToAddressAsync(fx.Server, $"cancel-{Guid.NewGuid():N}@example.com", "3511 AB", "SKU-0001", "SKU-0002");
        var page = await fx.NewPageAsync();
        await page.SignInAsync("anna", "anna-demo-pass");
        await page.GotoAsync($"/console/orders/{order.Number}");
        await Expect(page.Locator("[data-line='2']")).ToContainTextAsync("SKU-0002");

        await page.GetByRole(AriaRole.Button, new() { Name = "Amend order" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Change", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Add a line" }).ClickAsync();
        await dialog.GetByLabel("SKU", new() { Exact = true }).FillAsync("NO-SUCH-SKU");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Show new totals" }).ClickAsync();
        await Expect(dialog.GetByTestId("amend-problem")).ToContainTextAsync("Unknown SKU 'NO-SUCH-SKU'");
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Confirm amendment" })).ToBeDisabledAsync();
        await page.AssertAccessibleAsync("aftercare-3-amendment-refused");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Go back" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel order" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync($"Every line of order {order.Number} that has not left will be cancelled");
        await dialog.GetByLabel("Reason", new() { Exact = true }).FillAsync("Customer ordered twice");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel order", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Order {order.Number} cancelled.");
        await Expect(page.Locator("[data-line='1'] [data-status]")).ToHaveAttributeAsync("data-status", "cancelled");
        await Expect(page.Locator("[data-line='2'] [data-status]")).ToHaveAttributeAsync("data-status", "cancelled");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel order" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("aftercare-4-order-cancelled");

        var stored = await TestOrders.GetAsync(fx.Server, order.Number);
        Assert.Equal("cancelled", stored.GetProperty("status").GetString());
        Assert.All(stored.GetProperty("lines").EnumerateArray(), l => Assert.Equal("Customer ordered twice", l.GetProperty("cancelReason").GetString()));
    }
}
