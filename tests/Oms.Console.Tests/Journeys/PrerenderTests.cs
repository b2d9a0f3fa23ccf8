using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>
/// A full page load is prerendered: the HTML holds the person's data, the page takes no input until the circuit has taken
/// it over, and the circuit shows the answers the HTML was built from instead of asking the API again.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class PrerenderTests(ConsoleFixture fx)
{
    [Fact]
    public async Task An_order_page_comes_with_its_data_in_the_html_and_the_circuit_takes_it_over_without_asking_the_api_again()
    {
        var email = $"prerender-{Guid.NewGuid():N}@example.com";
        // Three lines and their sourcing decisions: answers well over SignalR's default 32 KB message, which once kept
        // the circuit from starting.
        var order = await TestOrders.ShippedToAddressAsync(fx.Server, email, "3511 AB", "SKU-0001", "SKU-0002", "SKU-0003");
        var page = await fx.NewPageAsync();
        await page.SignInAsync("anna", "anna-demo-pass");

        // The HTML itself, fetched with the browser's session cookie: the order is in it, and the page is covered until
        // the circuit has rendered.
        var response = await page.APIRequest.GetAsync($"/console/orders/{order.Number}");
        Assert.Equal(200, response.Status);
        var html = await response.TextAsync();
        Assert.Contains(email, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"console-starting\"", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset disabled class=\"oms-prerendered\">", html, StringComparison.Ordinal);

        // That page load asked the API for the order once (the console's own calls are in the server's log).
        await AssertOrderReadsAsync(order.Number, 1);
        await page.GotoAsync($"/console/orders/{order.Number}");
        await Expect(page.GetByTestId("customer")).ToContainTextAsync(email);
        await page.WaitInteractiveAsync();
        await Expect(page.GetByTestId("customer")).ToContainTextAsync(email);
        await Expect(page.Locator("[data-line='3']")).ToContainTextAsync("SKU-0003");

        // The circuit's page works: a click opens the confirmation.
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel line 1" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Cancel line 1?");
        await page.AssertAccessibleAsync("prerender-1-order-page");

        // So did this one: the prerendering asked, the circuit did not.
        await AssertOrderReadsAsync(order.Number, 2);
    }

    [Fact]
    public async Task A_stranger_is_sent_to_sign_in_by_the_page_load_itself()
    {
        var page = await fx.NewPageAsync();
        var response = await page.APIRequest.GetAsync("/console/queues", new() { MaxRedirects = 0 });
        Assert.Equal(302, response.Status);
        Assert.EndsWith("/console/sign-in?returnUrl=%2Fconsole%2Fqueues", response.Headers["location"], StringComparison.Ordinal);
    }

    /// <summary>
    /// The console has asked the API for this order <paramref name="expected"/> times: the server logs each of its own HTTP
    /// calls, and its log reaches the test a moment later, so the count is awaited up to that number and then must be it.
    /// </summary>
    private async Task AssertOrderReadsAsync(string number, int expected)
    {
        var call = new Regex($@"Sending HTTP request GET \S+/api/orders/{Regex.Escape(number)}\s*$", RegexOptions.Multiline);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (call.Count(fx.Server.Output) < expected && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(expected, call.Count(fx.Server.Output));
    }
}
