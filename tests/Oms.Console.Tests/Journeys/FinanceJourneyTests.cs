using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>Finance: a refund above the approval threshold waits in the queue until someone with the right approves it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FinanceJourneyTests(ConsoleFixture fx)
{
    [Fact]
    public async Task Finance_approves_a_refund_above_the_threshold_from_the_queue_and_the_refund_is_paid()
    {
        // 300 EUR is above the default approval threshold (250 EUR), and a refund before receipt needs approval as well.
        var ret = await TestReturns.DeliveredAndReturnedAsync(fx.Server, $"finance-{Guid.NewGuid():N}@example.com", "SKU-0004", 300m);
        Assert.Equal("awaitingApproval", ret.Status);
        var page = await fx.NewPageAsync();

        await page.SignInAsync("fien", "fien-demo-pass");
        await page.GetByRole(AriaRole.Link, new() { Name = "Refund approvals" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Refund approvals" })).ToBeVisibleAsync();
        var row = page.Locator($"[data-return='{ret.ReturnNumber}']");
        await Expect(row).ToContainTextAsync(ret.OrderNumber);
        await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "awaitingApproval");
        await page.AssertAccessibleAsync("finance-1-approval-queue");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Approve {ret.ReturnNumber}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Approve {ret.ReturnNumber}?");
        await Expect(dialog).ToContainTextAsync("refunded to the customer now");
        await page.AssertAccessibleAsync("finance-2-confirm-approval");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Approve refund", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"{ret.ReturnNumber} approved.");
        await Expect(row.Locator("[data-status]")).Not.ToHaveAttributeAsync("data-status", "awaitingApproval");
        await Expect(row.Locator("[data-status]")).ToContainTextAsync("fien");
        await Expect(row.GetByTestId("refund")).ToContainTextAsync("refunded EUR");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Approve {ret.ReturnNumber}" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("finance-3-approved");

        // The OMS has it approved by fien, and the refund was paid at once (refund before receipt).
        var stored = await TestReturns.GetAsync(fx.Server, ret.ReturnId);
        Assert.NotEqual("awaitingApproval", stored.GetProperty("status").GetString());
        Assert.Contains("fien", stored.GetProperty("decidedBy").GetString(), StringComparison.Ordinal);
        var refund = Assert.Single(stored.GetProperty("refunds").EnumerateArray());
        Assert.True(refund.GetProperty("total").GetDecimal() > 250m);
        Assert.Contains(stored.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("actor").GetString()!.Contains("fien", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agent_sees_no_refund_approvals_in_the_menu()
    {
        var page = await fx.NewPageAsync();
        await page.SignInAsync("anna", "anna-demo-pass");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Orders" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Refund approvals" })).ToHaveCountAsync(0);
    }
}
