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
        await page.GetByLabel("Change (units, + or −)", new() { Exact = true }).FillAsync("3");
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
    public async Task Olga_announces_goods_on_their_way_receives_part_of_them_and_cancels_a_receipt_that_will_not_come()
    {
        var sku = await StoreSetup.NewSkuAsync(fx.Server, (Location, 2));
        var day = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (po, transfer) = ($"PO-{Guid.NewGuid():N}"[..12].ToUpperInvariant(), $"TR-{Guid.NewGuid():N}"[..12].ToUpperInvariant());
        var page = await fx.NewPageAsync();
        await page.SetViewportSizeAsync(1024, 768);
        await page.SignInAsync("olga", "olga-demo-pass");
        await page.GotoAsync("/console/stock");
        await page.WaitInteractiveAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "SKU", Exact = true }).FillAsync(sku);
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();
        var receipts = page.GetByTestId("receipts");
        await Expect(receipts).ToContainTextAsync("No goods expected.");

        // Without a day the console asks for one; a location the API does not know is refused at the field; nothing is announced.
        var announce = page.GetByRole(AriaRole.Form, new() { Name = "Announce goods on their way" });
        await announce.GetByLabel("Arrives at", new() { Exact = true }).FillAsync("NO-SUCH-DC");
        await announce.GetByLabel("Units", new() { Exact = true }).FillAsync("5");
        await announce.GetByLabel("Reference", new() { Exact = true }).FillAsync(po);
        await announce.GetByRole(AriaRole.Button, new() { Name = "Announce" }).ClickAsync();
        await Expect(Field(announce, "Expected on")).ToContainTextAsync("Enter the day the goods are expected.");
        await announce.GetByLabel("Expected on", new() { Exact = true }).FillAsync(day);
        await announce.GetByRole(AriaRole.Button, new() { Name = "Announce" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"5 unit(s) of {sku} are expected at NO-SUCH-DC on {day} ({po})");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Announce" }).ClickAsync();
        await Expect(page.GetByTestId("action-problem")).ToContainTextAsync("Refused:");
        await Expect(Field(announce, "Arrives at")).ToContainTextAsync("Unknown location 'NO-SUCH-DC'");
        await page.AssertAccessibleAsync("stock-6-receipt-refused");
        Assert.Empty((await ReceiptsAsync(sku)).EnumerateArray());

        await announce.GetByLabel("Arrives at", new() { Exact = true }).FillAsync(Location);
        await announce.GetByRole(AriaRole.Button, new() { Name = "Announce" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Announce" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"5 unit(s) of {sku} expected at {Location} on {day} ({po}).");
        var row = receipts.Locator($"tr[data-receipt='{po}']");
        await Expect(row.GetByTestId("receipt-status")).ToHaveTextAsync("Expected");
        var listed = Assert.Single((await ReceiptsAsync(sku)).EnumerateArray());
        Assert.Equal((Location, 5, "open", day), (listed.GetProperty("location").GetString(), listed.GetProperty("quantity").GetInt32(),
            listed.GetProperty("status").GetString(), listed.GetProperty("expectedAt").GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        // Four of the five arrive: they go on hand, and the journal names the purchase order.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Receive {po} at {Location}" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync($"5 unit(s) of {sku} were expected at {Location}");
        await Expect(dialog.GetByLabel("Units received", new() { Exact = true })).ToHaveValueAsync("5");
        await page.AssertAccessibleAsync("stock-7-receive");
        await dialog.GetByLabel("Units received", new() { Exact = true }).FillAsync("4");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Receive goods" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"{po} received at {Location}: 4 of 5 unit(s) of {sku} on hand.");
        await Expect(row.GetByTestId("receipt-status")).ToContainTextAsync("Received 4 on ");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("positions").Locator($"tr[data-location='{Location}']").GetByTestId("on-hand")).ToHaveTextAsync("6");
        await Expect(page.GetByTestId("movements")).ToContainTextAsync(po);
        Assert.Equal(6, (await PositionAsync(sku, Location)).GetProperty("onHand").GetInt32());

        // A transfer that will not come is cancelled: nothing goes on hand.
        await announce.GetByLabel("Units", new() { Exact = true }).FillAsync("3");
        await announce.GetByLabel("Expected on", new() { Exact = true }).FillAsync(day);
        await announce.GetByLabel("Reference", new() { Exact = true }).FillAsync(transfer);
        await announce.GetByRole(AriaRole.Button, new() { Name = "Announce" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Announce" }).ClickAsync();
        var second = receipts.Locator($"tr[data-receipt='{transfer}']");
        await Expect(second.GetByTestId("receipt-status")).ToHaveTextAsync("Expected");
        await second.GetByRole(AriaRole.Button, new() { Name = $"Cancel {transfer} at {Location}" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync($"The 3 unit(s) of {sku} will not come.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel receipt" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"{transfer} at {Location} cancelled; 3 unit(s) of {sku} are no longer expected.");
        await Expect(second.GetByTestId("receipt-status")).ToHaveTextAsync("Cancelled");
        await page.AssertAccessibleAsync("stock-8-receipts");
        var statuses = (await ReceiptsAsync(sku)).EnumerateArray()
            .ToDictionary(r => r.GetProperty("reference").GetString()!, r => r.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?> { [po] = "received", [transfer] = "cancelled" }, statuses);
        Assert.Equal(6, (await PositionAsync(sku, Location)).GetProperty("onHand").GetInt32());
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

    private static ILocator Field(ILocator form, string label)
        => form.Locator(".mud-input-control", new() { Has = form.Page.GetByLabel(label, new() { Exact = true }) });

    private async Task<JsonElement> ReceiptsAsync(string sku)
    {
        using var admin = fx.Server.AdminClient();
        var page = JsonDocument.Parse(await admin.GetStringAsync(new Uri($"/api/expected-receipts?sku={sku}", UriKind.Relative))).RootElement;
        return page.GetProperty("items").Clone();
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
