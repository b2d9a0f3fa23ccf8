using System.Globalization;
using System.Net;
using Oms.Carriers.Sendcloud;
using Oms.TestSupport.StandIn;
using static Oms.Carriers.Tests.TestData;

namespace Oms.Carriers.Tests;

/// <summary>The stand-in sends signed tracking webhooks over HTTP to a receiver that reads them with the adapter.</summary>
public sealed class TrackingWebhookDeliveryTests(SendcloudStandIn standIn) : IClassFixture<SendcloudStandIn>, IAsyncLifetime
{
    private readonly SendcloudCarrierAdapter sendcloud = NewSendcloud(standIn);
    private TrackingWebhookReceiver receiver = null!;

    public async Task InitializeAsync()
    {
        receiver = new TrackingWebhookReceiver(sendcloud);
        await receiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        sendcloud.Dispose();
    }

    [Fact]
    public async Task A_return_parcels_journey_arrives_as_tracking_events_in_order()
    {
        var label = await sendcloud.CreateLabelAsync(Return(), CancellationToken.None);
        var parcel = long.Parse(label.CarrierShipmentId, CultureInfo.InvariantCulture);
        var start = DateTime.UtcNow;
        int[] journey = [SendcloudStatuses.ShipmentPickedUpByDriver, SendcloudStatuses.AtSortingCentre, SendcloudStatuses.DriverEnRoute,
            SendcloudStatuses.Delivered];

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < journey.Length; i++)
        {
            answers.Add(await standIn.EmitStatusAsync(receiver.Url, parcel, journey[i], start.AddHours(i)));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal([TrackingStatus.InTransit, TrackingStatus.InTransit, TrackingStatus.OutForDelivery, TrackingStatus.Delivered],
            receiver.Accepted.Select(e => e.Status));
        Assert.All(receiver.Accepted, e => Assert.Equal((label.TrackingNumber, true), (e.TrackingNumber, e.IsReturn)));
    }

    [Fact]
    public async Task A_webhook_delivered_three_times_is_accepted_once_and_answered_as_a_success_each_time()
    {
        var label = await sendcloud.CreateLabelAsync(Outbound(), CancellationToken.None);
        var body = standIn.StatusWebhook(long.Parse(label.CarrierShipmentId, CultureInfo.InvariantCulture), SendcloudStatuses.Delivered,
            DateTime.UtcNow);
        var signature = SendcloudStandIn.Sign(body, SendcloudStandIn.SecretKey);

        var answers = new[]
        {
            await standIn.SendWebhookAsync(receiver.Url, body, signature),
            await standIn.SendWebhookAsync(receiver.Url, body, signature),
            await standIn.SendWebhookAsync(receiver.Url, body, signature),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Single(receiver.Accepted, e => e.TrackingNumber == label.TrackingNumber);
    }

    [Fact]
    public async Task A_forged_webhook_is_answered_401_and_records_nothing()
    {
        var label = await sendcloud.CreateLabelAsync(Outbound(), CancellationToken.None);

        var answer = await standIn.EmitStatusAsync(receiver.Url, long.Parse(label.CarrierShipmentId, CultureInfo.InvariantCulture),
            SendcloudStatuses.Delivered, signingKey: "guessed-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, answer);
        Assert.DoesNotContain(receiver.Accepted, e => e.TrackingNumber == label.TrackingNumber);
    }
}
