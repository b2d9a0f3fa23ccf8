using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Returns;
using Oms.Domain.Tracking;
using Oms.Persistence;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Returns.ReturnShippingSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>
/// Returns that come back by parcel, against the Sendcloud stand-in over HTTP: a return label and a booked collection after
/// the request, a carrier failure retried with backoff, a refusal written on the return's timeline, and the carrier's
/// signed tracking webhooks moving the return (forgeries refused, unknown parcels kept with the reason).
/// </summary>
public abstract class ReturnShippingTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_carrier_collection_return_gets_a_tracking_number_a_label_and_a_collection_at_the_customers_address()
    {
        var ret = await ReturnByParcelAsync(Api, ReturnMethod.CarrierCollection);
        await fx.SettleAsync();

        var after = await ReturnAsync(Api, ret.Id);
        var shipping = Assert.IsType<Features.Returns.ReturnShippingResponse>(after.Shipping);
        Assert.Equal("sendcloud", shipping.Carrier);
        Assert.StartsWith("3SSTND", shipping.TrackingNumber, StringComparison.Ordinal);
        Assert.StartsWith(fx.Sendcloud.BaseUrl.ToString(), shipping.LabelUrl, StringComparison.Ordinal);
        Assert.NotNull(shipping.CollectionId);
        var tomorrow = fx.Clock.GetUtcNow().UtcDateTime.Date.AddDays(1);
        Assert.Equal((tomorrow.AddHours(9), tomorrow.AddHours(17)), (shipping.CollectionWindowStart, shipping.CollectionWindowEnd));
        Assert.Null(shipping.LabelFailure);
        Assert.Contains(after.Timeline, t => t.Type == "return.label-created" && t.Actor == "system:return-shipping"
            && t.Message.Contains(shipping.TrackingNumber!, StringComparison.Ordinal));
        Assert.Contains(after.Timeline, t => t.Type == "return.collection-booked");

        // Sendcloud was asked for a return parcel from the customer to the DC, and a pickup at the customer's address.
        var parcel = Assert.Single(fx.Sendcloud.Requests, r => r.Path == "/api/v2/parcels" && (string?)r.Body?["parcel"]?["order_number"] == ret.Number);
        Assert.True((bool)parcel.Body!["parcel"]!["is_return"]!);
        Assert.Equal("Nieuwegein", (string?)parcel.Body["parcel"]!["city"]);
        var pickup = Assert.Single(fx.Sendcloud.Requests, r => r.Path == "/api/v3/pickups" && (string?)r.Body?["reference"] == ret.Number);
        Assert.Equal("dhl", (string?)pickup.Body!["carrier_code"]);

        // Run again (a redelivery), the handler asks the carrier for nothing more.
        var asked = fx.Sendcloud.Requests.Count;
        fx.Clock.Advance(TimeSpan.FromHours(2));
        await fx.SettleAsync();
        Assert.Equal(asked, fx.Sendcloud.Requests.Count);
    }

    [Fact]
    public async Task A_carrier_failing_at_first_is_tried_again_after_the_backoff_and_the_label_arrives()
    {
        fx.Sendcloud.FailNext(SendcloudFault.ServerError);
        var ret = await ReturnByParcelAsync(Api, ReturnMethod.ShipToLocation);
        await fx.SettleAsync();

        var waiting = await ReturnAsync(Api, ret.Id);
        Assert.Null(waiting.Shipping!.TrackingNumber);
        Assert.Null(waiting.Shipping.LabelFailure);
        Assert.DoesNotContain(waiting.Timeline, t => t.Type.StartsWith("return.label", StringComparison.Ordinal));

        fx.Clock.Advance(TimeSpan.FromMinutes(2));
        await fx.SettleAsync();

        var after = await ReturnAsync(Api, ret.Id);
        Assert.StartsWith("3SSTND", after.Shipping!.TrackingNumber, StringComparison.Ordinal);
        Assert.Null(after.Shipping.CollectionId);
        Assert.Single(after.Timeline, t => t.Type == "return.label-created");
        Assert.DoesNotContain(after.Timeline, t => t.Type == "return.label-failed");
        Assert.Equal(2, fx.Sendcloud.Requests.Count(r => r.Path == "/api/v2/parcels" && (string?)r.Body?["parcel"]?["order_number"] == ret.Number));
    }

    [Fact]
    public async Task A_carrier_refusal_is_written_on_the_returns_timeline_and_not_tried_again()
    {
        fx.Sendcloud.FailNext(SendcloudFault.Refused("to_address: The address could not be validated."));
        var ret = await ReturnByParcelAsync(Api, ReturnMethod.CarrierCollection);
        await fx.SettleAsync();
        fx.Clock.Advance(TimeSpan.FromHours(3));
        await fx.SettleAsync();

        var after = await ReturnAsync(Api, ret.Id);
        Assert.Null(after.Shipping!.TrackingNumber);
        Assert.Contains("The address could not be validated", after.Shipping.LabelFailure, StringComparison.Ordinal);
        var failed = Assert.Single(after.Timeline, t => t.Type == "return.label-failed");
        Assert.Contains("sendcloud", failed.Message, StringComparison.Ordinal);
        Assert.Equal(ReturnStatus.Approved, after.Status);
        Assert.Single(fx.Sendcloud.Requests, r => r.Path == "/api/v2/parcels" && (string?)r.Body?["parcel"]?["order_number"] == ret.Number);
        Assert.DoesNotContain(fx.Sendcloud.Requests, r => r.Path == "/api/v3/pickups" && (string?)r.Body?["reference"] == ret.Number);
    }

    [Fact]
    public async Task A_signed_tracking_webhook_moves_the_return_and_the_same_update_again_changes_nothing()
    {
        var ret = await ReturnByParcelAsync(Api, ReturnMethod.CarrierCollection);
        await fx.SettleAsync();
        var tracking = (await ReturnAsync(Api, ret.Id)).Shipping!.TrackingNumber!;
        var at = fx.Clock.GetUtcNow().UtcDateTime.AddDays(1).AddHours(10);

        var collected = await ReceiptAsync(await PostWebhookAsync(fx, fx.Sendcloud.StatusWebhook(ParcelId(tracking), 22, at)));
        var deliveredBody = fx.Sendcloud.StatusWebhook(ParcelId(tracking), 11, at.AddDays(1));
        var delivered = await ReceiptAsync(await PostWebhookAsync(fx, deliveredBody));
        Assert.Equal(("applied", ret.Id), (collected.Outcome, collected.ReturnId));
        Assert.Equal(("applied", ret.Id), (delivered.Outcome, delivered.ReturnId));

        var after = await ReturnAsync(Api, ret.Id);
        Assert.Equal((ReturnParcelStatus.Delivered, at.AddDays(1)), (after.Shipping!.ParcelStatus, after.Shipping.ParcelStatusAt));
        var inTransit = Assert.Single(after.Timeline, t => t.Type == "return.parcel-in-transit");
        Assert.Equal("carrier:sendcloud", inTransit.Actor);
        Assert.Contains("Shipment picked up by driver", inTransit.Message, StringComparison.Ordinal);
        Assert.Single(after.Timeline, t => t.Type == "return.parcel-delivered");

        // Sendcloud delivers a webhook again when it is unsure the first arrived: recognised, answered 200, nothing moves.
        var again = await ReceiptAsync(await PostWebhookAsync(fx, deliveredBody));
        Assert.Equal(("duplicate", ret.Id), (again.Outcome, again.ReturnId));
        Assert.Equal(after.Timeline.Count, (await ReturnAsync(Api, ret.Id)).Timeline.Count);
    }

    [Fact]
    public async Task A_webhook_with_a_wrong_signature_is_401_and_changes_nothing()
    {
        var ret = await ReturnByParcelAsync(Api, ReturnMethod.ShipToLocation);
        await fx.SettleAsync();
        var before = await ReturnAsync(Api, ret.Id);
        var body = fx.Sendcloud.StatusWebhook(ParcelId(before.Shipping!.TrackingNumber!), 11, fx.Clock.GetUtcNow().UtcDateTime);
        var kept = await KeptAsync();

        var forged = await PostWebhookAsync(fx, body, key: "not-the-secret-key");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Contains("bad-signature", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var unsigned = fx.AnonymousClient();
        var bare = await unsigned.PostAsync(Events, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, bare.StatusCode);

        var after = await ReturnAsync(Api, ret.Id);
        Assert.Equal(before.Timeline.Count, after.Timeline.Count);
        Assert.Null(after.Shipping!.ParcelStatus);
        Assert.Equal(kept, await KeptAsync());
    }

    [Fact]
    public async Task A_tracking_update_for_an_unknown_tracking_number_is_kept_with_its_reason_and_answered_200()
    {
        var tracking = $"3SFOREIGN{Guid.NewGuid():N}"[..20];
        var receipt = await ReceiptAsync(await PostWebhookAsync(fx, ForeignParcelWebhook(tracking, fx.Clock.GetUtcNow().UtcDateTime)));

        Assert.Equal(("unmatched", null), (receipt.Outcome, receipt.ReturnId));
        Assert.Contains(tracking, receipt.Reason, StringComparison.Ordinal);
        using var scope = fx.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var kept = await db.CarrierMessages.AsNoTracking().SingleAsync(m => m.TrackingNumber == tracking);
        Assert.Equal((CarrierMessageOutcome.Unmatched, "sendcloud", "Delivered"), (kept.Outcome, kept.Carrier, kept.Status));
        Assert.Equal(receipt.Reason, kept.Reason);
        Assert.Contains("parcel_status_changed", kept.Body, StringComparison.Ordinal);
    }

    private async Task<int> KeptAsync()
    {
        using var scope = fx.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OmsDbContext>().CarrierMessages.CountAsync();
    }
}

public sealed class ReturnShippingTests_Sqlite(SqliteFixture fx) : ReturnShippingTests(fx), IClassFixture<SqliteFixture>;

public sealed class ReturnShippingTests_Postgres(PostgresFixture fx) : ReturnShippingTests(fx), IClassFixture<PostgresFixture>;
