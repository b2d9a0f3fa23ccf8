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
        await page.GetByLabel("Order number").FillAsync(order.Number.ToLowerInvariant());
        // As people type it: lower case, no space.
        await page.GetByLabel("or postal code").FillAsync("3512je");
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
        await page.GetByLabel("Order number").FillAsync(order.Number);
        await page.GetByLabel("or postal code").FillAsync("9999 ZZ");
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
}
