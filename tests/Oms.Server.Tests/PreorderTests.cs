using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Inventory;
using Oms.Domain.Orders;
using Oms.Server.Features.Inventory;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Pre-orders promised against expected receipts, up to the configured limit, and allocated when the goods arrive.</summary>
public abstract class PreorderTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_line_without_stock_is_promised_against_the_earliest_expected_receipt_and_allocated_on_arrival()
    {
        await Api.StockOnlyAtAsync("SKU-0035");
        var late = await AddReceipt("DC-CENTRAL", "SKU-0035", 10, days: 20, "PO-LATE");
        var early = await AddReceipt("DC-3PL-TLB", "SKU-0035", 4, days: 5, "PO-EARLY");

        var order = await Api.CaptureAsync(Online(Ship("SKU-0035", 3)) with { Type = OrderType.PreOrder });

        var line = order.Lines[0];
        Assert.Equal(LineStatus.Backordered, line.Status);
        Assert.Equal(early.Id, line.ExpectedReceiptId);
        Assert.Equal(early.ExpectedAt, line.PromisedFor);
        Assert.Contains(order.Timeline, t => t.Message.Contains("PO-EARLY", StringComparison.Ordinal));
        fx.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Api.CaptureAsync(Online(Ship("SKU-0035", 2)));
        Assert.Equal(late.Id, second.Lines[0].ExpectedReceiptId);

        var received = await Api.ExpectAsync<ExpectedReceiptResponse>(
            await Api.PostAsync($"/api/expected-receipts/{early.Id}/receive", new ReceiveRequest(4)), HttpStatusCode.OK);

        Assert.Equal(ReceiptStatus.Received, received.Status);
        order = await Api.GetOrderAsync(order.Number);
        Assert.Equal(LineStatus.Allocated, order.Lines[0].Status);
        Assert.Equal("DC-3PL-TLB", order.Lines[0].FulfilmentLocation);
        Assert.Null(order.Lines[0].ExpectedReceiptId);
        var tlb = await Api.StockAtAsync("SKU-0035", "DC-3PL-TLB");
        Assert.Equal((4, 3), (tlb.OnHand, tlb.Reserved));
        Assert.Equal(LineStatus.Backordered, (await Api.GetOrderAsync(second.Number)).Lines[0].Status);
    }

    [Fact]
    public async Task Goods_that_arrive_go_first_to_the_orders_promised_against_them()
    {
        await Api.StockOnlyAtAsync("SKU-0039");
        var receiptA = await AddReceipt("DC-CENTRAL", "SKU-0039", 1, days: 2, "PO-A");
        var first = await Api.CaptureAsync(Online(Ship("SKU-0039", 1)));
        fx.Clock.Advance(TimeSpan.FromMinutes(1));
        var receiptB = await AddReceipt("DC-CENTRAL", "SKU-0039", 1, days: 9, "PO-B");
        var second = await Api.CaptureAsync(Online(Ship("SKU-0039", 1)));
        Assert.Equal((receiptA.Id, receiptB.Id), (first.Lines[0].ExpectedReceiptId, second.Lines[0].ExpectedReceiptId));

        await Api.ExpectAsync<ExpectedReceiptResponse>(await Api.PostAsync($"/api/expected-receipts/{receiptB.Id}/receive"), HttpStatusCode.OK);

        Assert.Equal(LineStatus.Allocated, (await Api.GetOrderAsync(second.Number)).Lines[0].Status);
        Assert.Equal(LineStatus.Backordered, (await Api.GetOrderAsync(first.Number)).Lines[0].Status);
    }

    [Fact]
    public async Task No_more_than_the_configured_share_of_a_receipt_is_promised_and_marketplaces_are_refused_beyond_it()
    {
        await Api.StockOnlyAtAsync("SKU-0036");
        var receipt = await AddReceipt("DC-CENTRAL", "SKU-0036", 5, days: 3, "PO-5");

        var promised = await Api.CaptureAsync(Online(Ship("SKU-0036", 5)) with { Channel = "marketplace" });
        Assert.Equal(receipt.Id, promised.Lines[0].ExpectedReceiptId);

        var beyond = await Api.PostAsync("/api/orders", Online(Ship("SKU-0036", 1)) with { Channel = "marketplace" });
        await OmsClient.ProblemAsync(beyond, HttpStatusCode.UnprocessableEntity);
        var webshop = await Api.CaptureAsync(Online(Ship("SKU-0036", 1)));
        Assert.Equal(LineStatus.Backordered, webshop.Lines[0].Status);
        Assert.Null(webshop.Lines[0].ExpectedReceiptId);

        var receipts = await Api.ExpectAsync<CursorPage<ExpectedReceiptResponse>>(await Api.Http.GetAsync("/api/expected-receipts?sku=SKU-0036&status=open"), HttpStatusCode.OK);
        Assert.Equal(5, Assert.Single(receipts.Items).Promised);
    }

    [Fact]
    public async Task Cancelling_a_pre_order_gives_its_units_back_to_the_receipt()
    {
        await Api.StockOnlyAtAsync("SKU-0037");
        var receipt = await AddReceipt("DC-CENTRAL", "SKU-0037", 2, days: 3, "PO-2");
        var order = await Api.CaptureAsync(Online(Ship("SKU-0037", 2)));

        await Api.CancelAsync(order.Number, "changed mind");

        var receipts = await Api.ExpectAsync<CursorPage<ExpectedReceiptResponse>>(await Api.Http.GetAsync("/api/expected-receipts?sku=SKU-0037"), HttpStatusCode.OK);
        Assert.Equal(0, Assert.Single(receipts.Items, r => r.Id == receipt.Id).Promised);
        var again = await Api.CaptureAsync(Online(Ship("SKU-0037", 2)));
        Assert.Equal(receipt.Id, again.Lines[0].ExpectedReceiptId);
    }

    [Fact]
    public async Task Receiving_twice_is_refused()
    {
        var receipt = await AddReceipt("DC-CENTRAL", "SKU-0038", 2, days: 1, "PO-TWICE");
        await Api.ExpectAsync<ExpectedReceiptResponse>(await Api.PostAsync($"/api/expected-receipts/{receipt.Id}/receive"), HttpStatusCode.OK);

        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/expected-receipts/{receipt.Id}/receive"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_expected_receipt_for_an_unknown_sku_is_refused()
    {
        var response = await Api.PostAsync("/api/expected-receipts", new ExpectedReceiptRequest("DC-CENTRAL", "NOPE", 3, fx.Clock.GetUtcNow().UtcDateTime, "PO-X"));
        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("sku", out _));
    }

    private async Task<ExpectedReceiptResponse> AddReceipt(string location, string sku, int quantity, int days, string reference)
        => await Api.ExpectAsync<ExpectedReceiptResponse>(await Api.PostAsync("/api/expected-receipts",
            new ExpectedReceiptRequest(location, sku, quantity, fx.Clock.GetUtcNow().UtcDateTime.AddDays(days), reference)), HttpStatusCode.Created);
}

public sealed class PreorderTests_Sqlite(SqliteFixture fx) : PreorderTests(fx), IClassFixture<SqliteFixture>;

public sealed class PreorderTests_Postgres(PostgresFixture fx) : PreorderTests(fx), IClassFixture<PostgresFixture>;
