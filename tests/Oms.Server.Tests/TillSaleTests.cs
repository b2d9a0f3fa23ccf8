using System.Net;
using Oms.Domain.Inventory;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Inventory;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Sales at a store's till: one fulfilment order, the tender recorded, walk-in customers, and the till as the truth.</summary>
public abstract class TillSaleTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_till_sale_with_two_carried_out_lines_is_one_fulfilment_order_at_the_store()
    {
        await Api.StockOnlyAtAsync("SKU-0003", ("STORE-UTR", 5));
        await Api.StockOnlyAtAsync("SKU-0004", ("STORE-UTR", 5));

        var sale = await Api.CaptureAsync(Pos("STORE-UTR", CarryOut("SKU-0003", 1, 10m), CarryOut("SKU-0004", 2, 5m)));

        var fo = Assert.Single(sale.FulfilmentOrders);
        Assert.Equal(("STORE-UTR", FulfilmentOrderStatus.Completed), (fo.Location, fo.Status));
        Assert.Equal(2, fo.Lines.Count);
        Assert.All(sale.Lines, l => Assert.Equal(fo.Id, l.FulfilmentOrderId));
        Assert.Equal(OrderStatus.Completed, sale.Status);
    }

    [Fact]
    public async Task The_tender_of_a_till_sale_is_recorded_as_captured_so_the_balance_is_settled()
    {
        await Api.StockOnlyAtAsync("SKU-0005", ("STORE-AMS", 5));
        var request = Pos("STORE-AMS", CarryOut("SKU-0005", 2, 15m)) with
        {
            Payments = [new PaymentRequest(PaymentMethod.Cash, null, null, 20m), new PaymentRequest(PaymentMethod.PosCard, null, "terminal-7", 10m)],
        };

        var sale = await Api.CaptureAsync(request);

        Assert.Equal(2, sale.Payments!.Count);
        Assert.All(sale.Payments, p => Assert.Equal((p.Amount, p.Amount), (p.Authorised, p.Captured)));
        Assert.All(sale.Payments, p => Assert.All(p.Transactions, t => Assert.Equal(PaymentTransactionStatus.Approved, t.Status)));
        Assert.Equal((30m, 30m, 0m), (sale.Balance!.Total, sale.Balance.Captured, sale.Balance.Due));
        Assert.Equal(2, sale.Timeline.Count(t => t.Type == "payment.tendered"));
    }

    [Fact]
    public async Task A_tender_that_does_not_pay_the_sale_is_refused_and_nothing_is_saved()
    {
        var before = await DbSnapshot.TakeAsync(fx);
        var request = Pos("STORE-AMS", CarryOut("SKU-0005", 1, 15m)) with { Payments = [new PaymentRequest(PaymentMethod.Cash, null, null, 10m)] };

        var problem = await OmsClient.ProblemAsync(await Api.PostAsync("/api/orders", request), HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("payments", out _));
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task A_walk_in_sale_needs_no_customer_and_is_found_by_number_and_receipt()
    {
        await Api.StockOnlyAtAsync("SKU-0006", ("STORE-RTM", 5));
        var request = Pos("STORE-RTM", CarryOut("SKU-0006", 1, 12m)) with { Customer = null, ShippingAddress = null };

        var sale = await Api.CaptureAsync(request);

        Assert.Null(sale.Customer);
        Assert.Equal(OrderStatus.Completed, sale.Status);
        Assert.Equal(sale.Id, (await Api.GetOrderAsync(sale.Number)).Id);
        var byReceipt = await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(
            await Api.Http.GetAsync($"/api/orders?channel=pos&channelOrderId={request.ChannelOrderId}"), HttpStatusCode.OK);
        Assert.Equal(sale.Number, Assert.Single(byReceipt.Items).Number);
    }

    [Fact]
    public async Task A_webshop_order_without_a_customer_is_refused_naming_the_field()
    {
        var request = Online(Ship("SKU-0006")) with { Customer = null };

        var problem = await OmsClient.ProblemAsync(await Api.PostAsync("/api/orders", request), HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("customer.email", out _));
    }

    [Fact]
    public async Task The_till_is_the_truth_a_take_away_the_books_did_not_have_is_sold_and_raises_a_discrepancy()
    {
        await Api.StockOnlyAtAsync("SKU-0007", ("STORE-HLM", 1));

        var sale = await Api.CaptureAsync(Pos("STORE-HLM", CarryOut("SKU-0007", 3, 9m)));

        Assert.Equal(OrderStatus.Completed, sale.Status);
        var hlm = await Api.StockAtAsync("SKU-0007", "STORE-HLM");
        Assert.Equal((-2, 0), (hlm.OnHand, hlm.AvailableToPromise));
        var open = await Discrepancies("STORE-HLM", "SKU-0007");
        var d = Assert.Single(open.Items);
        Assert.Contains("below zero", d.Reason, StringComparison.Ordinal);

        // The store recounts: the count resolves the discrepancy.
        await Api.SetStockAsync("STORE-HLM", "SKU-0007", 4);
        Assert.Empty((await Discrepancies("STORE-HLM", "SKU-0007")).Items);
        var resolved = await Api.ExpectAsync<CursorPage<DiscrepancyResponse>>(
            await Api.Http.GetAsync("/api/stock/discrepancies?location=STORE-HLM&sku=SKU-0007&status=resolved"), HttpStatusCode.OK);
        Assert.Equal(d.Id, Assert.Single(resolved.Items).Id);
    }

    [Fact]
    public async Task A_take_away_of_units_promised_to_a_pickup_gives_the_pickup_back_to_sourcing()
    {
        await Api.StockOnlyAtAsync("SKU-0008", ("STORE-EHV", 1));
        var pickup = await Api.CaptureAsync(Online(Pickup("SKU-0008", "STORE-EHV")));
        Assert.Equal("STORE-EHV", pickup.Lines[0].FulfilmentLocation);

        await Api.CaptureAsync(Pos("STORE-EHV", CarryOut("SKU-0008", 1, 9m)));

        // The unit on the shelf went over the counter: the pickup gave its promise back and waits for stock (the web takes back-orders).
        pickup = await Api.GetOrderAsync(pickup.Number);
        Assert.Contains(pickup.Timeline, t => t.Type == "line.stock-lost");
        Assert.Equal(LineStatus.Backordered, pickup.Lines[0].Status);
        var ehv = await Api.StockAtAsync("SKU-0008", "STORE-EHV");
        Assert.Equal((0, 0), (ehv.OnHand, ehv.Reserved));

        // The store recounts and finds two: the waiting pickup is served from them at once.
        await Api.SetStockAsync("STORE-EHV", "SKU-0008", 2);
        pickup = await Api.GetOrderAsync(pickup.Number);
        Assert.Equal((LineStatus.Allocated, "STORE-EHV"), (pickup.Lines[0].Status, pickup.Lines[0].FulfilmentLocation));
    }

    private async Task<CursorPage<DiscrepancyResponse>> Discrepancies(string location, string sku)
        => await Api.ExpectAsync<CursorPage<DiscrepancyResponse>>(
            await Api.Http.GetAsync($"/api/stock/discrepancies?location={location}&sku={sku}"), HttpStatusCode.OK);
}

public sealed class TillSaleTests_Sqlite(SqliteFixture fx) : TillSaleTests(fx), IClassFixture<SqliteFixture>;

public sealed class TillSaleTests_Postgres(PostgresFixture fx) : TillSaleTests(fx), IClassFixture<PostgresFixture>;
