using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>Customer service changes an order before release: a quantity, seeing the new total and payment first; a hold and its release.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OrderActionsJourneyTests(ConsoleFixture fx)
{
    [Fact]
    public async Task An_agent_amends_a_quantity_after_seeing_the_new_total_and_payment_difference_then_holds_and_releases_the_order()
    {
        // One unit at 19.95 + 3.46 tax, shipping 4.95: 28.36. Three units: 59.85 + 10.38 + 4.95 = 75.18, 46.82 more to authorise.
        var order = await TestOrders.ShippedToAddressAsync(fx.Server, $"amend-{Guid.NewGuid():N}@example.com", "3511 AB", "SKU-0001");
        var page = await fx.NewPageAsync();
        await page.SignInAsync("anna", "anna-demo-pass");
        await page.GotoAsync($"/console/orders/{order.Number}");
        await Expect(page.Locator("[data-line='1']")).ToContainTextAsync("SKU-0001");

        await page.GetByRole(AriaRole.Button, new() { Name = "Amend order" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Amend order {order.Number}");
        await dialog.GetByLabel("New quantity", new() { Exact = true }).FillAsync("3");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Show new totals" }).ClickAsync();
        await Expect(dialog.GetByTestId("amend-current-total")).ToHaveTextAsync("EUR 28.36");
        await Expect(dialog.GetByTestId("amend-new-total")).ToHaveTextAsync("EUR 75.18");
        await Expect(dialog.GetByTestId("amend-difference")).ToHaveTextAsync("+EUR 46.82");
        await Expect(dialog.GetByTestId("amend-payment")).ToContainTextAsync("A further 46.82 EUR will be authorised");
        await page.AssertAccessibleAsync("actions-1-amend-preview");

        // The preview changed nothing.
        var before = await TestOrders.GetAsync(fx.Server, order.Number);
        Assert.Equal(1, before.GetProperty("lines")[0].GetProperty("quantity").GetInt32());

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Confirm amendment" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Order {order.Number} amended.");
        await Expect(page.Locator("[data-line='1'] td").Nth(2)).ToHaveTextAsync("3");
        await Expect(page.Locator("[data-line='1']")).ToContainTextAsync("EUR 70.23");
        await Expect(page.Locator("main")).ToContainTextAsync("total EUR 75.18");
        await page.AssertAccessibleAsync("actions-2-amended");

        var amended = await TestOrders.GetAsync(fx.Server, order.Number);
        Assert.Equal(3, amended.GetProperty("lines")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(75.18m, amended.GetProperty("totals").GetProperty("total").GetDecimal());
        Assert.Equal(2, amended.GetProperty("payments").GetArrayLength());
        Assert.Contains(amended.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("type").GetString() == "order.amended"
            && t.GetProperty("actor").GetString()!.Contains("anna", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Button, new() { Name = "Place hold" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync($"Order {order.Number} will not be released to fulfilment");
        await dialog.GetByLabel("Reason", new() { Exact = true }).FillAsync("Customer will call back about the size");
        await page.AssertAccessibleAsync("actions-3-confirm-hold");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Place hold", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Order {order.Number} is on hold.");
        var manualHold = page.GetByTestId("hold").Filter(new() { HasText = "Manual approval" });
        await Expect(manualHold).ToHaveTextAsync("Manual approval: Customer will call back about the size — active");
        await page.AssertAccessibleAsync("actions-4-held");
        var held = await TestOrders.GetAsync(fx.Server, order.Number);
        Assert.Contains(held.GetProperty("holds").EnumerateArray(), h => h.GetProperty("active").GetBoolean()
            && h.GetProperty("kind").GetString() == "manualApproval");

        await page.GetByRole(AriaRole.Button, new() { Name = "Release manual approval hold" }).ClickAsync();
        await dialog.GetByLabel("Reason", new() { Exact = true }).FillAsync("Customer confirmed the size");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Release hold", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync("The manual approval hold is released.");
        await Expect(manualHold).ToContainTextAsync("lifted");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Release manual approval hold" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("actions-5-hold-released");

        var released = await TestOrders.GetAsync(fx.Server, order.Number);
        var hold = Assert.Single(released.GetProperty("holds").EnumerateArray(), h => h.GetProperty("kind").GetString() == "manualApproval");
        Assert.False(hold.GetProperty("active").GetBoolean());
        Assert.Contains("anna", hold.GetProperty("liftedBy").GetString(), StringComparison.Ordinal);
        Assert.Equal("Customer confirmed the size", hold.GetProperty("liftReason").GetString());
    }

    [Fact]
    public async Task An_analyst_is_offered_no_order_actions()
    {
        var order = await TestOrders.ShippedToAddressAsync(fx.Server, $"analyst-{Guid.NewGuid():N}@example.com", "3511 AB", "SKU-0002");
        var page = await fx.NewPageAsync();
        await page.SignInAsync("alex", "alex-demo-pass");
        await page.GotoAsync($"/console/orders/{order.Number}");

        await Expect(page.Locator("[data-line='1']")).ToContainTextAsync("SKU-0002");
        await Expect(page.GetByTestId("order-actions")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Amend order" })).ToHaveCountAsync(0);
    }
}
