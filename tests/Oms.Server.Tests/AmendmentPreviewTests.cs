using System.Net;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Amendments;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// POST …/amendments/preview: what an amendment would do to the totals and the payments, with the order, its stock and its
/// payments left exactly as they were; refused as the amendment itself would be.
/// </summary>
public abstract class AmendmentPreviewTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private static CaptureOrderRequest Paid(params OrderLineRequest[] lines)
        => Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", lines) with { Payments = [new PaymentRequest(PaymentMethod.Card, "stripe", StandInTokens.Visa)] };

    private async Task<AmendmentPreviewResponse> PreviewAsync(Guid order, AmendOrderRequest amendment)
        => await Api.ExpectAsync<AmendmentPreviewResponse>(
            await Api.PostAsync($"/api/orders/{order}/amendments/preview", amendment, "agent:anna"), HttpStatusCode.OK);

    [Fact]
    public async Task A_larger_quantity_previews_the_new_total_and_the_further_authorisation_and_changes_nothing()
    {
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Paid(new OrderLineRequest("SKU-0001", 2, 20m, 2m, 8m, null, DeliveryMethod.ShipToAddress, null, null)));
        var amendment = new AmendOrderRequest(AmendmentType.ChangeQuantity, order.Lines[0].Id, 3);

        var preview = await PreviewAsync(order.Id, amendment);

        Assert.Equal((50.95m, 73.95m, 23m), (preview.Current.Total, preview.Amended.Total, preview.Difference));
        Assert.Equal((23m, 0m), (preview.AuthoriseMore, preview.Release));
        Assert.Contains("23.00 EUR will be authorised", preview.Payment, StringComparison.Ordinal);
        var after = await Api.GetOrderAsync(order.Number);
        Assert.Equal((2, 50.95m, 1, order.Version), (after.Lines[0].Quantity, after.Totals.Total, after.Payments!.Count, after.Version));
        Assert.DoesNotContain(after.Timeline, t => t.Type == "order.amended");
        Assert.Equal(2, (await Api.StockAtAsync("SKU-0001", "DC-CENTRAL")).Reserved);

        // The amendment itself does what the preview said.
        var amended = await Api.ExpectAsync<OrderResponse>(
            await Api.PostAsync($"/api/orders/{order.Id}/amendments", amendment, "agent:anna"), HttpStatusCode.OK);
        Assert.Equal(preview.Amended, amended.Totals);
        Assert.Equal(preview.AuthoriseMore, amended.Payments![^1].Authorised);
    }

    [Fact]
    public async Task Removing_a_line_previews_the_lower_total_and_keeps_stock_reserved_until_amended()
    {
        await Api.StockOnlyAtAsync("SKU-0002", ("DC-CENTRAL", 10));
        await Api.StockOnlyAtAsync("SKU-0003", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Paid(Ship("SKU-0002", 1, 10m), Ship("SKU-0003", 2, 15m)));

        var preview = await PreviewAsync(order.Id, new AmendOrderRequest(AmendmentType.RemoveLine, order.Lines[1].Id));

        Assert.Equal(-30m, preview.Difference);
        Assert.Equal(order.Totals.Total - 30m, preview.Amended.Total);
        Assert.Equal(0m, preview.AuthoriseMore);
        Assert.Equal(2, (await Api.StockAtAsync("SKU-0003", "DC-CENTRAL")).Reserved);
        Assert.Equal(LineStatus.Allocated, (await Api.GetOrderAsync(order.Number)).Lines[1].Status);
    }

    [Fact]
    public async Task A_preview_is_refused_as_the_amendment_would_be()
    {
        await Api.StockOnlyAtAsync("SKU-0004", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Paid(Ship("SKU-0004", 1, 10m)));
        var url = $"/api/orders/{order.Id}/amendments/preview";

        await OmsClient.ProblemAsync(await Api.PostAsync(url, new AmendOrderRequest(null), "agent:anna"), HttpStatusCode.BadRequest);
        await OmsClient.ProblemAsync(await Api.PostAsync(url, new AmendOrderRequest(AmendmentType.AddLine, Line: Ship("NOPE-1")), "agent:anna"),
            HttpStatusCode.UnprocessableEntity);
        await OmsClient.ProblemAsync(await Api.PostAsync(url, new AmendOrderRequest(AmendmentType.ChangeQuantity, Guid.NewGuid(), 2), "agent:anna"),
            HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await Api.PostAsync(url, new AmendOrderRequest(AmendmentType.ChangeQuantity, order.Lines[0].Id, 2),
            "finance:fiona"), HttpStatusCode.Forbidden);

        await Api.FulfilAsync(order.FulfilmentOrders[0].Id, "release");
        var late = await OmsClient.ProblemAsync(await Api.PostAsync(url, new AmendOrderRequest(AmendmentType.ChangeQuantity, order.Lines[0].Id, 2),
            "agent:anna"), HttpStatusCode.Conflict);
        Assert.Contains("only before release", late.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class AmendmentPreviewTests_Sqlite(SqliteFixture fx) : AmendmentPreviewTests(fx), IClassFixture<SqliteFixture>;

public sealed class AmendmentPreviewTests_Postgres(PostgresFixture fx) : AmendmentPreviewTests(fx), IClassFixture<PostgresFixture>;
