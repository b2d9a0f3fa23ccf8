using System.Net;
using Oms.Carriers.Sendcloud;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Carriers;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Tests.Returns;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests.Carriers;

/// <summary>
/// Labels for outbound parcels from the carrier (the Sendcloud stand-in over HTTP): the label gives the parcel its tracking
/// number, the ship call uses it, and the carrier's own tracking webhooks for that parcel then move the order.
/// </summary>
public abstract class OutboundLabelTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_label_gives_the_parcel_its_tracking_number_and_the_ship_call_and_the_carriers_tracking_use_it()
    {
        var fo = await ReleasedAsync();

        var label = await LabelAsync(fo.Id);
        Assert.Equal("sendcloud", label.Carrier);
        Assert.StartsWith("3SSTND", label.TrackingNumber, StringComparison.Ordinal);
        Assert.StartsWith(fx.Sendcloud.BaseUrl.ToString(), label.LabelUrl, StringComparison.Ordinal);
        var parcel = Assert.Single(fx.Sendcloud.Requests, r => r.Path == "/api/v2/parcels" && (string?)r.Body?["parcel"]?["order_number"] == fo.Number);
        Assert.False((bool)parcel.Body!["parcel"]!["is_return"]!);
        Assert.Equal(("Amsterdam", SendcloudStandIn.PostNlStandard), ((string?)parcel.Body["parcel"]!["city"],
            (int)parcel.Body["parcel"]!["shipment"]!["id"]!));

        // Asked again (a WMS retrying), the same label: the carrier is not asked for another.
        Assert.Equal(label.TrackingNumber, (await LabelAsync(fo.Id)).TrackingNumber);
        Assert.Single(fx.Sendcloud.Requests, r => r.Path == "/api/v2/parcels" && (string?)r.Body?["parcel"]?["order_number"] == fo.Number);

        var shipped = await Api.FulfilAsync(fo.Id, "ship", new ShipRequest(null, null, null));
        var shipment = shipped.Shipments.Single();
        Assert.Equal(("sendcloud", label.TrackingNumber), (shipment.Carrier, shipment.TrackingNumber));
        Assert.Single(shipped.Timeline, t => t.Type == "shipment.label-created" && t.SubjectId == fo.Id);

        var at = fx.Clock.GetUtcNow().UtcDateTime.Date.AddDays(1).AddHours(11);
        var body = fx.Sendcloud.StatusWebhook(ReturnShippingSteps.ParcelId(label.TrackingNumber), SendcloudStatuses.Delivered, at);
        var receipt = await ReturnShippingSteps.ReceiptAsync(await ReturnShippingSteps.PostWebhookAsync(fx, body));
        Assert.Equal(("applied", shipment.Id), (receipt.Outcome, receipt.ShipmentId));
        var delivered = await Api.GetOrderAsync(shipped.Number);
        Assert.Equal((OrderStatus.Completed, ShipmentTrackingStatus.Delivered), (delivered.Status, delivered.Shipments.Single().TrackingStatus));
    }

    [Fact]
    public async Task A_carrier_refusing_the_label_is_a_422_with_its_reason_and_a_carrier_failing_is_a_502_and_nothing_is_kept()
    {
        var fo = await ReleasedAsync();

        fx.Sendcloud.FailNext(SendcloudFault.Refused("to_address: The address could not be validated."));
        var refused = await Api.PostAsync($"/api/fulfilment-orders/{fo.Id}/label", null, "wms:test");
        var problem = await OmsClient.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("The address could not be validated", problem.GetProperty("errors").GetProperty("carrier")[0].GetString(),
            StringComparison.Ordinal);

        fx.Sendcloud.FailNext(SendcloudFault.ServerError);
        var failed = await Api.PostAsync($"/api/fulfilment-orders/{fo.Id}/label", null, "wms:test");
        Assert.Equal("carrier-unavailable", (await OmsClient.ProblemAsync(failed, HttpStatusCode.BadGateway)).GetProperty("code").GetString());

        var order = await Api.GetOrderAsync(fo.OrderNumber);
        Assert.DoesNotContain(order.Timeline, t => t.Type == "shipment.label-created");
        // Without a label, the ship call must name the tracking number.
        var unnamed = await Api.PostAsync($"/api/fulfilment-orders/{fo.Id}/ship", new ShipRequest("PostNL", null, null), "wms:test");
        Assert.True((await OmsClient.ProblemAsync(unnamed, HttpStatusCode.UnprocessableEntity)).GetProperty("errors")
            .TryGetProperty("trackingNumber", out _));
    }

    private async Task<FulfilmentOrderResponse> ReleasedAsync()
    {
        var sku = await ReturnSteps.NewSkuAsync(Api, atDc: 2);
        var order = await Api.CaptureAsync(Online(Ship(sku)));
        return (await Api.FulfilAsync(order.FulfilmentOrders.Single().Id, "release")).FulfilmentOrders.Single();
    }

    private async Task<OutboundLabelResponse> LabelAsync(Guid fulfilmentOrderId)
        => await Api.ExpectAsync<OutboundLabelResponse>(
            await Api.PostAsync($"/api/fulfilment-orders/{fulfilmentOrderId}/label", null, "wms:test"), HttpStatusCode.OK);
}

public sealed class OutboundLabelTests_Sqlite(SqliteFixture fx) : OutboundLabelTests(fx), IClassFixture<SqliteFixture>;

public sealed class OutboundLabelTests_Postgres(PostgresFixture fx) : OutboundLabelTests(fx), IClassFixture<PostgresFixture>;
