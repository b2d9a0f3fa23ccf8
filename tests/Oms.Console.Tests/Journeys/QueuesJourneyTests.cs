using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>Operations works the queues: they fill while the page is open, and each row is handled from the list.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class QueuesJourneyTests(ConsoleFixture fx)
{
    [Fact]
    public async Task An_order_held_for_fraud_review_appears_in_the_open_queue_and_is_released_from_the_list()
    {
        var sku = await StoreSetup.NewSkuAsync(fx.Server, ("DC-CENTRAL", 3));
        await StoreSetup.ReviewOrdersWithAsync(fx.Server, sku);
        var page = await fx.NewPageAsync();
        await page.SignInAsync("olga", "olga-demo-pass");
        await page.GetByRole(AriaRole.Link, new() { Name = "Queues" }).ClickAsync();
        var fraud = page.GetByTestId("queue-fraud");
        await Expect(fraud).ToBeVisibleAsync();
        await Expect(page.GetByTestId("queues-updated")).ToContainTextAsync(Updated());
        var before = await page.GetByTestId("queues-updated").TextContentAsync();

        // The order is captured while the page is open: the list shows it without a reload.
        var order = await TestOrders.ShippedToAddressAsync(fx.Server, $"queue-{Guid.NewGuid():N}@example.com", "3511 AB", sku);
        var row = fraud.Locator("tr", new() { HasText = order.Number });
        await Expect(row).ToContainTextAsync("needs a review");
        await Expect(page.GetByTestId("queues-updated")).Not.ToHaveTextAsync(before!);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Fraud review" })).ToHaveTextAsync(TabCount());
        await page.AssertAccessibleAsync("queues-1-fraud-hold-appeared");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Release hold on {order.Number}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Release the fraud hold on {order.Number}?");
        await dialog.GetByLabel("Reason", new() { Exact = true }).FillAsync("Called the customer; genuine");
        await page.AssertAccessibleAsync("queues-2-confirm-release");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Release hold" }).ClickAsync();

        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"The fraud hold on {order.Number} is released.");
        await Expect(row).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("queues-3-hold-released");
        var stored = await TestOrders.GetAsync(fx.Server, order.Number);
        var hold = stored.GetProperty("holds").EnumerateArray().Single(h => h.GetProperty("kind").GetString() == "fraud");
        Assert.False(hold.GetProperty("active").GetBoolean());
        Assert.Contains("olga", hold.GetProperty("liftedBy").GetString(), StringComparison.Ordinal);
        Assert.Equal("Called the customer; genuine", hold.GetProperty("liftReason").GetString());

    }

    [Fact]
    public async Task A_rejected_purchase_order_is_shown_with_its_reason_refused_again_on_replay_and_accepted_once_mapped()
    {
        var page = await fx.NewPageAsync();
        await page.SignInAsync("olga", "olga-demo-pass");
        await page.GotoAsync("/console/queues");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Rejected messages" }).ClickAsync();
        var list = page.GetByTestId("queue-rejected");
        await Expect(list).ToBeVisibleAsync();

        var edi = await EdiPartner.CreateAsync(fx.Server);
        var receipt = await edi.SendOrderAsync();
        var set = receipt.GetProperty("sets")[0].GetProperty("inbox");
        Assert.Equal("rejected", set.GetProperty("status").GetString());
        var messageId = set.GetProperty("messageId").GetGuid();
        var row = list.Locator("tr", new() { HasText = edi.Code });
        await Expect(row).ToContainTextAsync("ACME-999");
        await Expect(row).ToContainTextAsync("PO1[1].PO107");
        await page.AssertAccessibleAsync("queues-4-rejected-message");

        // Nothing was fixed: the replay is rejected again, and the page says why.
        await Replay(page, row);
        await Expect(page.GetByTestId("action-problem")).ToContainTextAsync("Replayed, and rejected again:");
        await Expect(page.GetByTestId("action-problem")).ToContainTextAsync("ACME-999");

        await edi.MapPartAsync("SKU-0004");
        await Replay(page, row);
        await Expect(page.GetByTestId("action-done")).ToContainTextAsync("replayed: accepted (order ");
        await Expect(row).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("queues-5-message-replayed");
        using var http = fx.Server.AdminClient();
        var stored = await StoreSetup.OkAsync(await http.GetAsync(new Uri($"/api/inbox/{messageId}", UriKind.Relative)));
        Assert.Equal("accepted", stored.GetProperty("status").GetString());
        Assert.Equal(2, stored.GetProperty("replays").GetInt32());
        var captured = await TestOrders.GetAsync(fx.Server, stored.GetProperty("resultId").GetString()!);
        Assert.Equal("SKU-0004", captured.GetProperty("lines")[0].GetProperty("sku").GetString());
    }

    [Fact]
    public async Task A_back_ordered_order_is_sourced_again_from_the_list_and_allocated_by_a_run_once_stock_arrives()
    {
        var sku = await StoreSetup.NewSkuAsync(fx.Server);
        var page = await fx.NewPageAsync();
        await page.SignInAsync("olga", "olga-demo-pass");
        await page.GotoAsync("/console/queues");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Back-orders" }).ClickAsync();
        var list = page.GetByTestId("queue-backorders");
        await Expect(list).ToBeVisibleAsync();

        var order = await TestOrders.ShippedToAddressAsync(fx.Server, $"backorder-{Guid.NewGuid():N}@example.com", "3511 AB", sku);
        var row = list.Locator("tr", new() { HasText = order.Number });
        await Expect(row).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("queues-6-backorder");

        // No stock anywhere yet: sourcing again finds none, and says so.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Source again: {order.Number}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Source again" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"{order.Number} sourced again: the order is now backordered.");
        await Expect(row).ToBeVisibleAsync();

        // Stock arrives: a back-order run allocates the order, and it leaves the list.
        using var http = fx.Server.AdminClient();
        await StoreSetup.OkAsync(await http.PutAsync(new Uri($"/api/stock/DC-CENTRAL/{sku}", UriKind.Relative),
            new StringContent("""{ "onHand": 2 }""", System.Text.Encoding.UTF8, "application/json")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate back-orders now" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Allocate", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToContainTextAsync("order(s) tried");
        await Expect(row).ToHaveCountAsync(0);
        Assert.Equal("allocated", (await TestOrders.GetAsync(fx.Server, order.Number)).GetProperty("status").GetString());
        await page.AssertAccessibleAsync("queues-7-backorder-allocated");
    }

    private static async Task Replay(IPage page, ILocator row)
    {
        await row.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Replay", Exact = true }).ClickAsync();
    }

    [GeneratedRegex(@"^updated \d\d:\d\d:\d\d")]
    private static partial Regex Updated();

    [GeneratedRegex(@"^Fraud review \(\d+\+?\)$")]
    private static partial Regex TabCount();
}
