using System.Text.Json;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>A store associate's day on "My store": a pickup picked, packed, readied and handed over; a return received.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class StoreDayJourneyTests(ConsoleFixture fx)
{
    private const string Store = "STORE-UTR";

    [Fact]
    public async Task A_store_associate_picks_readies_and_hands_over_a_pickup_and_receives_a_return()
    {
        var email = $"store-day-{Guid.NewGuid():N}@example.com";
        var pickupSku = await StoreSetup.NewSkuAsync(fx.Server, (Store, 3));
        var returnSku = await StoreSetup.NewSkuAsync(fx.Server, ("DC-CENTRAL", 3));
        var pickup = await TestOrders.PickupAsync(fx.Server, email, Store, pickupSku);
        var released = await StoreSetup.ReleaseAllAsync(fx.Server, pickup.Number);
        var fo = released.GetProperty("fulfilmentOrders")[0];
        Assert.Equal(Store, fo.GetProperty("location").GetString());
        var foNumber = fo.GetProperty("number").GetString()!;
        var delivered = await TestOrders.ShippedToAddressAsync(fx.Server, email, "3511 AB", returnSku);
        await StoreSetup.DeliverAllAsync(fx.Server, delivered.Number);
        var ret = await StoreSetup.HandInAsync(fx.Server, delivered.Number, Store);
        var returnNumber = ret.GetProperty("number").GetString()!;
        var page = await fx.NewPageAsync();
        await page.SetViewportSizeAsync(1024, 768);

        // sara works at STORE-UTR (src/Oms.Server/Demo/DemoAccess.cs); the menu takes her to her store.
        await page.SignInAsync("sara", "sara-demo-pass");
        await page.GetByRole(AriaRole.Link, new() { Name = "My store" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"My store — {Store}" })).ToBeVisibleAsync();
        // The work list shows the oldest first, a page at a time: the associate finds this order by its number.
        await Expect(page.GetByTestId("work-shown")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ of \d+\+? shown$"));
        await page.GetByLabel("Find by order number", new() { Exact = true }).FillAsync(pickup.Number);
        var card = page.Locator($"[data-testid='work-order'][data-order='{pickup.Number}']");
        await Expect(card).ToContainTextAsync(pickupSku);
        await Expect(card.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "released");
        await page.AssertAccessibleAsync("store-1-to-pick");

        await Step(page, $"Picked {foNumber}", "Picked", $"{foNumber} (order {pickup.Number}) is picked.");
        await Expect(card.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "picked");
        Assert.Equal("picked", await FulfilmentStatusAsync(pickup.Number));
        await Step(page, $"Packed {foNumber}", "Packed", $"{foNumber} (order {pickup.Number}) is packed.");
        Assert.Equal("packed", await FulfilmentStatusAsync(pickup.Number));
        await Step(page, $"Ready for pickup {foNumber}", "Ready for pickup", $"{foNumber} (order {pickup.Number}) is ready for pickup.");
        await Expect(card).ToHaveCountAsync(0);
        Assert.Equal("readyForPickup", await FulfilmentStatusAsync(pickup.Number));

        await page.GetByRole(AriaRole.Tab, new() { Name = "Pickups ready" }).ClickAsync();
        await Expect(page.GetByTestId("pickups-ready").Locator("tr", new() { HasText = pickup.Number })).ToContainTextAsync("Noor de Vries");
        await page.AssertAccessibleAsync("store-2-pickups-ready");

        // The customer is at the counter with their order number.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Counter" }).ClickAsync();
        await page.GetByLabel("Order number, e-mail or name", new() { Exact = true }).FillAsync(pickup.Number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        var found = page.Locator($"[data-testid='counter-result'][data-order='{pickup.Number}']");
        await Expect(found.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "readyForPickup");
        await page.AssertAccessibleAsync("store-3-counter-found");
        await found.GetByRole(AriaRole.Button, new() { Name = $"Hand over {pickup.Number}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"1 × {pickupSku} to Noor de Vries");
        await page.AssertAccessibleAsync("store-4-confirm-hand-over");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Handed over" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"{pickup.Number} handed over: 1 × {pickupSku}.");
        await Expect(found).ToContainTextAsync("Already collected.");
        Assert.Equal("completed", await FulfilmentStatusAsync(pickup.Number));
        var collected = await TestOrders.GetAsync(fx.Server, pickup.Number);
        Assert.Equal("collected", collected.GetProperty("lines")[0].GetProperty("status").GetString());
        Assert.Contains(collected.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("actor").GetString()!.Contains("sara", StringComparison.Ordinal));

        // The other customer hands in what they send back.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Returns" }).ClickAsync();
        var returned = page.Locator($"[data-testid='store-return'][data-return='{returnNumber}']");
        await Expect(returned).ToContainTextAsync($"{returnSku} — 1 of 1 to come in");
        await page.AssertAccessibleAsync("store-5-return-expected");
        await returned.GetByLabel("Disposition of line 1", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Hold for inspection" }).ClickAsync();
        // The choice reaches the circuit before the next click reads it (a loaded machine could otherwise receive as restock).
        await Expect(returned.GetByRole(AriaRole.Combobox, new() { Name = "Disposition of line 1" })).ToContainTextAsync("Hold for inspection");
        await returned.GetByRole(AriaRole.Button, new() { Name = $"Receive line 1 of {returnNumber}" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync($"checked in at {Store}: hold for inspection.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Receive" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToContainTextAsync($"Return {returnNumber}: 1 × {returnSku} received (hold for inspection)");
        await Expect(returned.GetByTestId("held-unit")).ToContainTextAsync($"1 × {returnSku} held (needs inspection)");
        await page.AssertAccessibleAsync("store-6-return-held");
        var held = await ReturnAsync(ret);
        Assert.Equal("needsInspection", held.GetProperty("receipts")[0].GetProperty("disposition").GetString());
        Assert.Equal(Store, held.GetProperty("receipts")[0].GetProperty("location").GetString());

        // Looked at: it can be sold again here.
        await returned.GetByRole(AriaRole.Button, new() { Name = $"Decide unit 1 of {returnNumber}" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Decide" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Return {returnNumber}: 1 × {returnSku} decided (restock).");
        await Expect(returned).ToHaveCountAsync(0);
        var decided = await ReturnAsync(ret);
        Assert.Equal("restock", decided.GetProperty("receipts")[0].GetProperty("disposition").GetString());
        Assert.Equal(1, await OnHandAsync(returnSku, Store));
        await page.AssertAccessibleAsync("store-7-return-done");
    }

    [Fact]
    public async Task A_store_associate_counts_a_shelf_and_the_count_is_the_stock()
    {
        var sku = await StoreSetup.NewSkuAsync(fx.Server, ("STORE-AMS", 4));
        var page = await fx.NewPageAsync();
        await page.SignInAsync("tom", "tom-demo-pass");
        // A store associate works no queue of operations: no menu entry, and the page says so.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "My store" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Queues" })).ToHaveCountAsync(0);
        await page.GotoAsync("/console/queues");
        await Expect(page.GetByText("Your role works no queue.")).ToBeVisibleAsync();
        await page.GotoAsync("/console/store");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My store — STORE-AMS" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Stock count" }).ClickAsync();
        await page.GetByLabel("SKU", new() { Exact = true }).FillAsync(sku);
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();
        await Expect(page.GetByTestId("count-position")).ToContainTextAsync($"{sku} at STORE-AMS: on hand 4");
        await page.GetByLabel("Counted on hand", new() { Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save count" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Save count" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Count saved: {sku} at STORE-AMS has 3 on hand.");
        await Expect(page.GetByTestId("count-position")).ToContainTextAsync("on hand 3");
        await page.AssertAccessibleAsync("store-8-stock-counted");
        Assert.Equal(3, await OnHandAsync(sku, "STORE-AMS"));
    }

    private static async Task Step(IPage page, string button, string confirm, string done)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = confirm, Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync(done);
    }

    private async Task<string?> FulfilmentStatusAsync(string number)
        => (await TestOrders.GetAsync(fx.Server, number)).GetProperty("fulfilmentOrders")[0].GetProperty("status").GetString();

    private async Task<JsonElement> ReturnAsync(JsonElement ret)
    {
        using var http = fx.Server.AdminClient();
        return await StoreSetup.OkAsync(await http.GetAsync(new Uri($"/api/returns/{ret.GetProperty("id").GetGuid()}", UriKind.Relative)));
    }

    private async Task<int> OnHandAsync(string sku, string location)
    {
        using var http = fx.Server.AdminClient();
        var stock = await StoreSetup.OkAsync(await http.GetAsync(new Uri($"/api/stock/{sku}", UriKind.Relative)));
        return stock.GetProperty("locations").EnumerateArray().Single(l => l.GetProperty("location").GetString() == location)
            .GetProperty("onHand").GetInt32();
    }
}
