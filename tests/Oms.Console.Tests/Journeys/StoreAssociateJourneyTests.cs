using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>A store associate sees their own store's orders only, and no action their role does not hold.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class StoreAssociateJourneyTests(ConsoleFixture fx)
{
    [Fact]
    public async Task A_store_associate_finds_only_their_stores_orders_and_is_offered_no_cancel()
    {
        var email = $"stores-{Guid.NewGuid():N}@example.com";
        var utrecht = await TestOrders.PickupAsync(fx.Server, email, "STORE-UTR", "SKU-0002");
        var amsterdam = await TestOrders.PickupAsync(fx.Server, email, "STORE-AMS", "SKU-0002");
        var page = await fx.NewPageAsync();

        // sara works at STORE-UTR (src/Oms.Server/Demo/DemoAccess.cs).
        await page.SignInAsync("sara", "sara-demo-pass");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var results = page.GetByTestId("order-results");
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = utrecht.Number })).ToBeVisibleAsync();
        await Expect(results.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = amsterdam.Number })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("associate-1-own-store-only");

        await results.GetByRole(AriaRole.Link, new() { Name = utrecht.Number }).ClickAsync();
        await Expect(page.Locator("[data-line='1']")).ToContainTextAsync("SKU-0002");
        // The lines are shown, and no cancel is offered: the role has no orders.cancel.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel line 1" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("associate-2-order-without-cancel");

        await page.GotoAsync($"/console/orders/{amsterdam.Number}");
        await Expect(page.GetByTestId("order-problem")).ToContainTextAsync($"Order {amsterdam.Number} was not found, or it is not an order you may see.");
        await Expect(page.GetByTestId("order-lines")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("associate-3-other-store-refused");
    }

    [Fact]
    public async Task The_console_sends_a_stranger_to_sign_in_and_refuses_a_wrong_password()
    {
        var page = await fx.NewPageAsync();

        await page.GotoAsync("/console/orders");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/sign-in\\?returnUrl=%2Fconsole%2Forders$"));
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync("sara");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not-her-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByTestId("sign-in-problem")).ToContainTextAsync("The user name or password is wrong.");
        await page.AssertAccessibleAsync("sign-in-refused");
    }
}
