using System.Globalization;
using System.Text;
using Oms.Carriers.Sendcloud;
using Oms.TestSupport.StandIn;
using static Oms.Carriers.Tests.TestData;

namespace Oms.Carriers.Tests;

/// <summary>Sendcloud's signed parcel_status_changed webhooks read as normalised tracking events.</summary>
public sealed class SendcloudWebhookTests(SendcloudStandIn standIn) : IClassFixture<SendcloudStandIn>, IDisposable
{
    private readonly SendcloudCarrierAdapter sendcloud = NewSendcloud(standIn);

    public void Dispose() => sendcloud.Dispose();

    [Fact]
    public void Sendclouds_documented_signature_example_verifies()
    {
        // From Sendcloud's webhook reference: {"key": "value"} signed with "secretkey".
        var body = Encoding.UTF8.GetBytes("{\"key\": \"value\"}");

        Assert.True(SendcloudWebhook.IsSigned(body, "1eed4b3d41f4653ac64fd56f1bf1cbfd349e4482cbc11dff7134bd93e5da4b0a", "secretkey"));
        Assert.True(SendcloudWebhook.IsSigned(body, "1EED4B3D41F4653AC64FD56F1BF1CBFD349E4482CBC11DFF7134BD93E5DA4B0A", "secretkey"));
        Assert.Equal("1eed4b3d41f4653ac64fd56f1bf1cbfd349e4482cbc11dff7134bd93e5da4b0a", SendcloudWebhook.Sign(body, "secretkey"));
    }

    [Fact]
    public async Task A_signed_status_webhook_is_read_as_a_tracking_event()
    {
        var label = await sendcloud.CreateLabelAsync(Return(), CancellationToken.None);
        var at = new DateTime(2026, 3, 14, 9, 26, 53, 589, DateTimeKind.Utc);
        var body = standIn.StatusWebhook(ParcelId(label), SendcloudStatuses.Delivered, at);

        var tracked = sendcloud.ParseTrackingEvent(Signed(body));

        Assert.NotNull(tracked);
        Assert.Equal((label.TrackingNumber, TrackingStatus.Delivered, "11", "Delivered"),
            (tracked.TrackingNumber, tracked.Status, tracked.CarrierStatusCode, tracked.CarrierStatusText));
        Assert.Equal((at, DateTimeKind.Utc), (tracked.OccurredAtUtc, tracked.OccurredAtUtc.Kind));
        Assert.Equal((label.CarrierShipmentId, true), (tracked.CarrierShipmentId, tracked.IsReturn));
        Assert.Equal($"sendcloud:{label.CarrierShipmentId}:11:{new DateTimeOffset(at).ToUnixTimeMilliseconds()}", tracked.EventId);
    }

    [Fact]
    public async Task A_tampered_body_is_refused_as_a_signature_failure()
    {
        var body = standIn.StatusWebhook(ParcelId(await Label()), SendcloudStatuses.Delivered, DateTime.UtcNow);
        var signature = SendcloudStandIn.Sign(body, SendcloudStandIn.SecretKey);
        var tampered = body.Replace("\"id\":11", "\"id\":93", StringComparison.Ordinal);

        var refused = Assert.Throws<CarrierWebhookException>(() => sendcloud.ParseTrackingEvent(Webhook(tampered, signature)));

        Assert.NotEqual(body, tampered);
        Assert.True(refused.SignatureFailed);
    }

    [Fact]
    public async Task A_webhook_signed_with_another_secret_or_unsigned_is_refused()
    {
        var body = standIn.StatusWebhook(ParcelId(await Label()), SendcloudStatuses.Delivered, DateTime.UtcNow);

        Assert.True(Assert.Throws<CarrierWebhookException>(() =>
            sendcloud.ParseTrackingEvent(Webhook(body, SendcloudStandIn.Sign(body, "someone-elses-secret")))).SignatureFailed);
        Assert.True(Assert.Throws<CarrierWebhookException>(() => sendcloud.ParseTrackingEvent(Webhook(body, null))).SignatureFailed);
        Assert.True(Assert.Throws<CarrierWebhookException>(() => sendcloud.ParseTrackingEvent(Webhook(body, "not-hex"))).SignatureFailed);
    }

    [Fact]
    public async Task A_configured_webhook_signature_key_replaces_the_secret_key()
    {
        using var ownKey = NewSendcloud(standIn, o => o.WebhookSecret = "webhook-signature-key");
        var body = standIn.StatusWebhook(ParcelId(await Label()), SendcloudStatuses.Delivered, DateTime.UtcNow);

        Assert.NotNull(ownKey.ParseTrackingEvent(Webhook(body, SendcloudStandIn.Sign(body, "webhook-signature-key"))));
        Assert.Throws<CarrierWebhookException>(() => ownKey.ParseTrackingEvent(Signed(body)));
    }

    [Theory]
    [InlineData(SendcloudStatuses.ShipmentPickedUpByDriver, TrackingStatus.InTransit)]
    [InlineData(SendcloudStatuses.EnRouteToSortingCenter, TrackingStatus.InTransit)]
    [InlineData(SendcloudStatuses.DeliveryDelayed, TrackingStatus.InTransit)]
    [InlineData(SendcloudStatuses.Sorted, TrackingStatus.InTransit)]
    [InlineData(SendcloudStatuses.NotSorted, TrackingStatus.InTransit)]
    [InlineData(SendcloudStatuses.BeingSorted, TrackingStatus.InTransit)]
    [InlineData(SendcloudStatuses.ParcelEnRoute, TrackingStatus.InTransit)]
    [InlineData(SendcloudStatuses.AtCustoms, TrackingStatus.InTransit)]
    [InlineData(SendcloudStatuses.AtSortingCentre, TrackingStatus.InTransit)]
    [InlineData(SendcloudStatuses.DriverEnRoute, TrackingStatus.OutForDelivery)]
    [InlineData(SendcloudStatuses.Delivered, TrackingStatus.Delivered)]
    [InlineData(SendcloudStatuses.DeliveryAttemptFailed, TrackingStatus.FailedAttempt)]
    [InlineData(SendcloudStatuses.UnableToDeliver, TrackingStatus.FailedAttempt)]
    [InlineData(SendcloudStatuses.RefusedByRecipient, TrackingStatus.FailedAttempt)]
    [InlineData(SendcloudStatuses.AwaitingCustomerPickup, TrackingStatus.ArrivedAtPickupPoint)]
    [InlineData(SendcloudStatuses.ShipmentCollectedByCustomer, TrackingStatus.CollectedFromPickupPoint)]
    [InlineData(SendcloudStatuses.ReturnedToSender, TrackingStatus.ReturnedToSender)]
    [InlineData(1, TrackingStatus.Other)]
    [InlineData(1000, TrackingStatus.Other)]
    [InlineData(2000, TrackingStatus.Other)]
    [InlineData(62996, TrackingStatus.Other)]
    [InlineData(424242, TrackingStatus.Other)]
    public async Task Each_Sendcloud_status_is_normalised(int statusId, TrackingStatus expected)
    {
        var body = standIn.StatusWebhook(ParcelId(await Label()), statusId, DateTime.UtcNow);

        var tracked = sendcloud.ParseTrackingEvent(Signed(body))!;

        Assert.Equal((expected, statusId.ToString(CultureInfo.InvariantCulture)), (tracked.Status, tracked.CarrierStatusCode));
        Assert.Equal(SendcloudStandIn.StatusMessages.GetValueOrDefault(statusId, "Unknown status - check carrier track & trace page for more insights"),
            tracked.CarrierStatusText);
    }

    [Fact]
    public void Every_normalised_status_has_a_Sendcloud_status_that_maps_to_it()
    {
        var reached = SendcloudStandIn.StatusMessages.Keys.Select(SendcloudStatuses.Normalise).ToHashSet();

        Assert.All(Enum.GetValues<TrackingStatus>(), s => Assert.Contains(s, reached));
    }

    [Fact]
    public async Task The_same_webhook_delivered_again_has_the_same_event_id_and_another_update_another()
    {
        var parcel = ParcelId(await Label());
        var at = DateTime.UtcNow;
        var body = standIn.StatusWebhook(parcel, SendcloudStatuses.ParcelEnRoute, at);

        var first = sendcloud.ParseTrackingEvent(Signed(body))!;
        var again = sendcloud.ParseTrackingEvent(Signed(body))!;
        var later = sendcloud.ParseTrackingEvent(Signed(standIn.StatusWebhook(parcel, SendcloudStatuses.ParcelEnRoute, at.AddMinutes(5))))!;
        var next = sendcloud.ParseTrackingEvent(Signed(standIn.StatusWebhook(parcel, SendcloudStatuses.DriverEnRoute, at)))!;

        Assert.Equal(first, again);
        Assert.Equal(3, new[] { first.EventId, later.EventId, next.EventId }.Distinct().Count());
    }

    [Fact]
    public void A_genuine_webhook_without_a_parcel_status_is_acknowledged_as_nothing()
    {
        const string body = "{\"action\":\"integration_connected\",\"timestamp\":1710408413589,\"integration\":{\"id\":42}}";

        Assert.Null(sendcloud.ParseTrackingEvent(Signed(body)));
    }

    [Fact]
    public void A_signed_body_that_is_not_a_parcel_webhook_is_malformed_not_forged()
    {
        const string body = "{\"action\":\"parcel_status_changed\",\"timestamp\":1710408413589,\"parcel\":{\"id\":1}}";

        var refused = Assert.Throws<CarrierWebhookException>(() => sendcloud.ParseTrackingEvent(Signed(body)));

        Assert.False(refused.SignatureFailed);
    }

    [Fact]
    public async Task Without_any_key_every_webhook_is_refused()
    {
        using var keyless = NewSendcloud(standIn, o => { o.SecretKey = ""; o.WebhookSecret = ""; });
        var body = standIn.StatusWebhook(ParcelId(await Label()), SendcloudStatuses.Delivered, DateTime.UtcNow);

        Assert.True(Assert.Throws<CarrierWebhookException>(() => keyless.ParseTrackingEvent(Webhook(body, SendcloudStandIn.Sign(body, "")))).SignatureFailed);
    }

    private Task<CreatedLabel> Label() => sendcloud.CreateLabelAsync(Outbound(), CancellationToken.None);

    private static long ParcelId(CreatedLabel label) => long.Parse(label.CarrierShipmentId, CultureInfo.InvariantCulture);

    private static CarrierWebhook Signed(string body) => Webhook(body, SendcloudStandIn.Sign(body, SendcloudStandIn.SecretKey));

    private static CarrierWebhook Webhook(string body, string? signature) => new(Encoding.UTF8.GetBytes(body),
        signature is null ? [] : [new KeyValuePair<string, string>("sendcloud-signature", signature)]);
}
