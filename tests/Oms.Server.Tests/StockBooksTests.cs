using System.Net;
using Oms.Domain.Inventory;
using Oms.Domain.Orders;
using Oms.Server.Features.Inventory;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>The stock journal, and what happens when a count takes units that were promised.</summary>
public abstract class StockBooksTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Every_change_of_on_hand_or_reserved_is_in_the_journal_with_reason_source_and_who()
    {
        await Api.StockOnlyAtAsync("SKU-0009", ("DC-CENTRAL", 10));
        await Api.ExpectAsync<AvailabilityResponse>(await Api.PostAsync("/api/stock/DC-CENTRAL/SKU-0009/adjustments",
            new AdjustStockRequest(-2, "damaged in the warehouse"), "wms:DC-CENTRAL"), HttpStatusCode.OK);
        var order = await Api.CaptureAsync(Online(Ship("SKU-0009", 3)));
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        await Api.ShipAsync(fo, "PostNL", "3SJOURNAL");

        var journal = await Api.ExpectAsync<CursorPage<StockMovementResponse>>(
            await Api.Http.GetAsync("/api/stock/movements?location=DC-CENTRAL&sku=SKU-0009"), HttpStatusCode.OK);

        // Newest first: the shipment consumed the reservation, the order reserved, the adjustment, the count that set 10.
        var m = journal.Items;
        Assert.Equal([StockMovementKind.Consume, StockMovementKind.Reserve, StockMovementKind.Adjust, StockMovementKind.Count], m.Take(4).Select(x => x.Kind));
        Assert.Equal((-3, -3, 5, 0), (m[0].OnHandChange, m[0].ReservedChange, m[0].OnHandAfter, m[0].ReservedAfter));
        Assert.Equal((StockMovementSource.Order, order.Number, "wms:test"), (m[0].Source, m[0].Reference, m[0].Actor));
        Assert.Equal((0, 3, StockMovementSource.Order), (m[1].OnHandChange, m[1].ReservedChange, m[1].Source));
        Assert.Equal((-2, StockMovementSource.Adjustment, "damaged in the warehouse", "wms:DC-CENTRAL"), (m[2].OnHandChange, m[2].Source, m[2].Reason, m[2].Actor));
        Assert.Equal((StockMovementSource.Count, 10), (m[3].Source, m[3].OnHandAfter));
    }

    [Fact]
    public async Task The_journal_pages_with_a_cursor()
    {
        await Api.StockOnlyAtAsync("SKU-0010", ("STORE-ZWL", 1));
        for (var i = 2; i <= 6; i++) await Api.SetStockAsync("STORE-ZWL", "SKU-0010", i);

        var first = await Api.ExpectAsync<CursorPage<StockMovementResponse>>(
            await Api.Http.GetAsync("/api/stock/movements?location=STORE-ZWL&sku=SKU-0010&limit=2"), HttpStatusCode.OK);
        var second = await Api.ExpectAsync<CursorPage<StockMovementResponse>>(
            await Api.Http.GetAsync($"/api/stock/movements?location=STORE-ZWL&sku=SKU-0010&limit=2&cursor={first.NextCursor}"), HttpStatusCode.OK);

        Assert.Equal([6, 5], first.Items.Select(x => x.OnHandAfter));
        Assert.Equal([4, 3], second.Items.Select(x => x.OnHandAfter));
    }

    [Fact]
    public async Task A_count_below_a_staged_pickup_still_lets_the_customer_collect_and_asks_for_a_recount()
    {
        await Api.StockOnlyAtAsync("SKU-0011", ("STORE-UTR", 2));
        var order = await Api.CaptureAsync(Online(Pickup("SKU-0011", "STORE-UTR", 2)));
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        await Api.FulfilAsync(fo, "pick");
        await Api.FulfilAsync(fo, "ready-for-pickup");

        // The store counts one unit (the goods set aside for collection were miscounted): the count is accepted.
        await Api.SetStockAsync("STORE-UTR", "SKU-0011", 1);

        var collected = await Api.FulfilAsync(fo, "collect");
        Assert.Equal(OrderStatus.Completed, collected.Status);
        var utr = await Api.StockAtAsync("SKU-0011", "STORE-UTR");
        Assert.Equal((-1, 0), (utr.OnHand, utr.Reserved));
        var open = await Api.ExpectAsync<CursorPage<DiscrepancyResponse>>(
            await Api.Http.GetAsync("/api/stock/discrepancies?location=STORE-UTR&sku=SKU-0011"), HttpStatusCode.OK);
        Assert.Single(open.Items);
    }

    [Fact]
    public async Task A_count_that_takes_promised_units_on_a_marketplace_order_sends_the_line_to_the_exception_queue()
    {
        await Api.StockOnlyAtAsync("SKU-0012", ("DC-CENTRAL", 2));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0012", 2)) with { Channel = "marketplace" });

        await Api.SetStockAsync("DC-CENTRAL", "SKU-0012", 1);

        // The marketplace takes no back-orders: a person decides (find stock, or cancel with the marketplace).
        order = await Api.GetOrderAsync(order.Number);
        Assert.Equal(LineStatus.Exception, order.Lines[0].Status);
        Assert.Contains("takes no back-orders", order.Lines[0].ExceptionReason, StringComparison.Ordinal);
        Assert.Equal(0, (await Api.StockAtAsync("SKU-0012", "DC-CENTRAL")).Reserved);
    }
}

public sealed class StockBooksTests_Sqlite(SqliteFixture fx) : StockBooksTests(fx), IClassFixture<SqliteFixture>;

public sealed class StockBooksTests_Postgres(PostgresFixture fx) : StockBooksTests(fx), IClassFixture<PostgresFixture>;
