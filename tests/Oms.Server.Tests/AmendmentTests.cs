using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Server.Features.Amendments;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Payments;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Amendments before release through the API: stock follows, totals follow, the payment difference is authorised or released.</summary>
public abstract class AmendmentTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private static CaptureOrderRequest Paid(params OrderLineRequest[] lines)
        => Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", lines) with { Payments = [new PaymentRequest(PaymentMethod.Card, "stripe", StandInTokens.Visa)] };

    private async Task<OrderResponse> AmendAsync(Guid order, AmendOrderRequest amendment, HttpStatusCode status = HttpStatusCode.OK)
        => await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order}/amendments", amendment, "agent:anna"), status);

    [Fact]
    public async Task A_larger_quantity_reserves_more_prorates_discount_and_tax_and_authorises_the_difference()
    {
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Paid(new OrderLineRequest("SKU-0001", 2, 20m, 2m, 8m, null, DeliveryMethod.ShipToAddress, null, null)));
        Assert.Equal(50.95m, order.Balance!.Authorised);

        order = await AmendAsync(order.Id, new AmendOrderRequest(AmendmentType.ChangeQuantity, order.Lines[0].Id, 3));

        var line = order.Lines[0];
        Assert.Equal((3, 3m, 12m), (line.Quantity, line.Discount, line.Tax));
        Assert.Equal(LineStatus.Allocated, line.Status);
        Assert.Equal(3, (await Api.StockAtAsync("SKU-0001", "DC-CENTRAL")).Reserved);
        Assert.Equal(73.95m, order.Totals.Total);
        Assert.Equal([50.95m, 23m], order.Payments!.Select(p => p.Authorised));
        Assert.DoesNotContain(order.Holds!, h => h.Active);
        Assert.Contains(order.Timeline, t => t.Type == "order.amended" && t.Actor == "agent:anna");

        // Back to 2 with the channel's own tax: the top-up is no longer needed and is voided.
        order = await AmendAsync(order.Id, new AmendOrderRequest(AmendmentType.ChangeQuantity, order.Lines[0].Id, 2, Tax: 7.5m));

        Assert.Equal((2m, 7.5m, 50.45m), (order.Lines[0].Discount, order.Lines[0].Tax, order.Totals.Total));
        Assert.Equal(23m, order.Payments![1].Voided);
        Assert.Equal(50.95m, order.Balance!.OpenAuthorisation);
    }

    [Fact]
    public async Task A_smaller_quantity_releases_stock_and_only_what_ships_is_captured_the_rest_voided()
    {
        await Api.StockOnlyAtAsync("SKU-0002", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Paid(Ship("SKU-0002", 3, 10m)));

        order = await AmendAsync(order.Id, new AmendOrderRequest(AmendmentType.ChangeQuantity, order.Lines[0].Id, 1, Tax: 0m));

        Assert.Equal(1, (await Api.StockAtAsync("SKU-0002", "DC-CENTRAL")).Reserved);
        Assert.Equal(14.95m, order.Totals.Total);
        var fo = order.FulfilmentOrders.Single(f => f.Status == FulfilmentOrderStatus.Allocated).Id;
        await Api.FulfilAsync(fo, "release");
        order = await Api.ShipAsync(fo);

        var p = Assert.Single(order.Payments!);
        Assert.Equal((34.95m, 14.95m, 20m, 0m), (p.Authorised, p.Captured, p.Voided, p.OpenAuthorisation));
        Assert.Equal(0m, order.Balance!.Due);
    }

    [Fact]
    public async Task Lines_can_be_added_and_removed_and_an_instrument_no_longer_needed_is_voided()
    {
        await Api.StockOnlyAtAsync("SKU-0003", ("DC-CENTRAL", 10));
        await Api.StockOnlyAtAsync("SKU-0004", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Paid(Ship("SKU-0003", 1, 10m)));

        order = await AmendAsync(order.Id, new AmendOrderRequest(AmendmentType.AddLine, Line: Ship("SKU-0004", 2, 15m)));
        Assert.Equal((2, 44.95m), (order.Lines.Count, order.Totals.Total));
        Assert.Equal([14.95m, 30m], order.Payments!.Select(p => p.Authorised));
        Assert.Equal(2, (await Api.StockAtAsync("SKU-0004", "DC-CENTRAL")).Reserved);

        order = await AmendAsync(order.Id, new AmendOrderRequest(AmendmentType.RemoveLine, order.Lines[1].Id));

        Assert.Equal(LineStatus.Cancelled, order.Lines[1].Status);
        Assert.Equal(0, (await Api.StockAtAsync("SKU-0004", "DC-CENTRAL")).Reserved);
        Assert.Equal((14.95m, 14.95m), (order.Totals.Total, order.Balance!.OpenAuthorisation));
        Assert.Equal(30m, order.Payments![1].Voided);
    }

    [Fact]
    public async Task A_new_delivery_method_and_a_new_address_source_the_lines_again()
    {
        await Api.StockOnlyAtAsync("SKU-0005", ("DC-CENTRAL", 10), ("STORE-UTR", 2));
        var order = await Api.CaptureAsync(Paid(Ship("SKU-0005", 1, 10m)));
        Assert.Equal("DC-CENTRAL", order.Lines[0].FulfilmentLocation);

        order = await AmendAsync(order.Id, new AmendOrderRequest(AmendmentType.ChangeDeliveryMethod, order.Lines[0].Id,
            DeliveryMethod: DeliveryMethod.PickupInStore, PickupLocation: "STORE-UTR"));

        Assert.Equal(("STORE-UTR", DeliveryMethod.PickupInStore), (order.Lines[0].FulfilmentLocation, order.Lines[0].DeliveryMethod));
        Assert.Equal((0, 1), ((await Api.StockAtAsync("SKU-0005", "DC-CENTRAL")).Reserved, (await Api.StockAtAsync("SKU-0005", "STORE-UTR")).Reserved));

        order = await AmendAsync(order.Id, new AmendOrderRequest(AmendmentType.ChangeShippingAddress, ShippingAddress: UtrechtHome));
        Assert.Equal("Utrecht", order.ShippingAddress!.City);
    }

    [Fact]
    public async Task After_release_an_amendment_is_refused_with_409_and_nothing_changes()
    {
        await Api.StockOnlyAtAsync("SKU-0006", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Paid(Ship("SKU-0006", 1, 10m)));
        await Api.FulfilAsync(order.FulfilmentOrders[0].Id, "release");

        var response = await Api.PostAsync($"/api/orders/{order.Id}/amendments", new AmendOrderRequest(AmendmentType.ChangeQuantity, order.Lines[0].Id, 2), "agent:anna");

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("only before release", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await Api.GetOrderAsync(order.Number);
        Assert.Equal((1, 14.95m), (after.Lines[0].Quantity, after.Balance!.Authorised));
    }

    [Fact]
    public async Task Malformed_and_impossible_amendments_are_client_errors()
    {
        await Api.StockOnlyAtAsync("SKU-0007", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Paid(Ship("SKU-0007", 1, 10m)));

        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/orders/{order.Id}/amendments", new AmendOrderRequest(null)), HttpStatusCode.BadRequest);
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/orders/{order.Id}/amendments",
            new AmendOrderRequest(AmendmentType.AddLine, Line: Ship("NOPE-1"))), HttpStatusCode.UnprocessableEntity);
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/orders/{order.Id}/amendments",
            new AmendOrderRequest(AmendmentType.RemoveLine, order.Lines[0].Id)), HttpStatusCode.UnprocessableEntity);
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/orders/{order.Id}/amendments",
            new AmendOrderRequest(AmendmentType.ChangeQuantity, Guid.NewGuid(), 2)), HttpStatusCode.NotFound);
    }
}

public sealed class AmendmentTests_Sqlite(SqliteFixture fx) : AmendmentTests(fx), IClassFixture<SqliteFixture>;

public sealed class AmendmentTests_Postgres(PostgresFixture fx) : AmendmentTests(fx), IClassFixture<PostgresFixture>;
