using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>
/// Operations on a tablet: look a SKU up across locations and for a channel, adjust its stock with a reason after
/// confirming, see the new figure and the journal line, and find the API agreeing.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class StockTests(ConsoleFixture fx)
{
    private const string Sku = "SKU-0036";
    private const string Location = "DC-CENTRAL";

    [Fact]
    public async Task Olga_adjusts_stock_with_a_reason_and_sees_the_new_figure_which_the_api_agrees_with()
    {
        var before = await PositionAsync(Sku, Location);
        var sellable = await ChannelSellsAsync(Sku, "web");
        var page = await fx.NewPageAsync();
        await page.SetViewportSizeAsync(1024, 768);
        await page.SignInAsync("olga", "olga-demo-pass");
        await page.GetByRole(AriaRole.Link, new() { Name = "Stock" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "SKU", Exact = true }).FillAsync(Sku);
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();

        var row = page.GetByTestId("positions").Locator($"tr[data-location='{Location}']");
        await Expect(row.GetByTestId("on-hand")).ToHaveTextAsync(Text(before.GetProperty("onHand").GetInt32()));
        await Expect(row.GetByTestId("reserved")).ToHaveTextAsync(Text(before.GetProperty("reserved").GetInt32()));
        await Expect(row.GetByTestId("safety")).ToHaveTextAsync(Text(before.GetProperty("safetyStock").GetInt32()));
        await Expect(row.GetByTestId("atp")).ToHaveTextAsync(Text(before.GetProperty("availableToPromise").GetInt32()));
        await Expect(page.GetByTestId("channel-available")).ToHaveTextAsync(Text(sellable));
        await Expect(page.GetByTestId("receipts")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("stock-1-positions");

        // The row's button picks the location; without a reason the console asks for one and changes nothing.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Adjust stock at {Location}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Location", Exact = true })).ToHaveValueAsync(Location);
        await page.GetByLabel("Change (units, + or −)").FillAsync("3");
        var adjust = page.GetByRole(AriaRole.Form, new() { Name = "Adjust stock" });
        await adjust.GetByRole(AriaRole.Button, new() { Name = "Adjust stock" }).ClickAsync();
        await Expect(page.Locator(".mud-input-control", new() { Has = page.GetByLabel("Reason", new() { Exact = true }) }))
            .ToContainTextAsync("Say why the stock changes");
        await page.AssertAccessibleAsync("stock-2-reason-missing");

        var reason = $"Found in returns cage {Guid.NewGuid():N}"[..30];
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Reason", Exact = true }).FillAsync(reason);
        await adjust.GetByRole(AriaRole.Button, new() { Name = "Adjust stock" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Adjust {Sku} at {Location}?");
        await Expect(dialog).ToContainTextAsync(reason);
        await page.AssertAccessibleAsync("stock-3-confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Adjust stock" }).ClickAsync();

        await Expect(page.GetByTestId("action-done")).ToContainTextAsync($"Stock of {Sku} at {Location} adjusted by +3");
        var after = (await PositionAsync(Sku, Location)).GetProperty("onHand").GetInt32();
        Assert.Equal(before.GetProperty("onHand").GetInt32() + 3, after);
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Stock of {Sku} at {Location} adjusted by +3; on hand is now {after}.");
        await Expect(row.GetByTestId("on-hand")).ToHaveTextAsync(Text(after));
        await Expect(page.GetByTestId("movements")).ToContainTextAsync(reason);
        await page.AssertAccessibleAsync("stock-4-adjusted");

        // The journal keeps the movement with the reason and olga's name.
        using var admin = fx.Server.AdminClient();
        var movements = JsonDocument.Parse(await admin.GetStringAsync(
            new Uri($"/api/stock/movements?sku={Sku}&location={Location}&limit=20", UriKind.Relative))).RootElement;
        Assert.Contains(movements.GetProperty("items").EnumerateArray(), m => m.GetProperty("reason").GetString() == reason
            && m.GetProperty("actor").GetString()!.Contains("olga", StringComparison.Ordinal) && m.GetProperty("onHandChange").GetInt32() == 3);
    }

    [Fact]
    public async Task An_unknown_sku_is_answered_in_words()
    {
        var page = await fx.NewPageAsync();
        await page.SignInAsync("olga", "olga-demo-pass");
        await page.GotoAsync("/console/stock");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "SKU", Exact = true }).FillAsync("NO-SUCH-SKU");
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();
        await Expect(page.GetByTestId("stock-problem")).ToContainTextAsync("No stock to show for NO-SUCH-SKU");
        await Expect(page.GetByTestId("positions")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("stock-5-unknown-sku");
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    private async Task<JsonElement> PositionAsync(string sku, string location)
    {
        using var admin = fx.Server.AdminClient();
        var stock = JsonDocument.Parse(await admin.GetStringAsync(new Uri($"/api/stock/{sku}", UriKind.Relative))).RootElement;
        return stock.GetProperty("locations").EnumerateArray().Single(l => l.GetProperty("location").GetString() == location).Clone();
    }

    private async Task<int> ChannelSellsAsync(string sku, string channel)
    {
        using var admin = fx.Server.AdminClient();
        var sellable = JsonDocument.Parse(await admin.GetStringAsync(new Uri($"/api/availability/{sku}?channel={channel}", UriKind.Relative)));
        return sellable.RootElement.GetProperty("availableToSell").GetInt32();
    }
}
