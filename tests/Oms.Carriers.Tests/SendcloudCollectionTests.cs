using Oms.Carriers.Sendcloud;
using Oms.TestSupport.StandIn;
using static Oms.Carriers.Tests.TestData;

namespace Oms.Carriers.Tests;

/// <summary>Collections at the customer's address through Sendcloud's pickups API, and their cancellation.</summary>
public sealed class SendcloudCollectionTests(SendcloudStandIn standIn) : IClassFixture<SendcloudStandIn>, IDisposable
{
    private readonly SendcloudCarrierAdapter sendcloud = NewSendcloud(standIn);

    public void Dispose() => sendcloud.Dispose();

    [Fact]
    public async Task A_collection_is_booked_at_the_customers_address_in_the_asked_window()
    {
        var request = Collection(parcels: 2);

        var booked = await sendcloud.RequestCollectionAsync(request, CancellationToken.None);

        Assert.Equal((request.WindowStartUtc, request.WindowEndUtc, "ANNOUNCING"), (booked.WindowStartUtc, booked.WindowEndUtc, booked.Status));
        Assert.Equal(DateTimeKind.Utc, booked.WindowStartUtc.Kind);
        var sent = standIn.Requests.Last(r => r.Path == "/api/v3/pickups").Body!;
        Assert.Equal(("Keizersgracht 123", "1015 CJ", "NL", "ada@example.com"),
            (S(sent["address"]!["address_line_1"]), S(sent["address"]!["postal_code"]), S(sent["address"]!["country_code"]), S(sent["address"]!["email"])));
        Assert.Equal((2, "parcel", "2.50", "kg"), (sent["items"]![0]!["quantity"]!.GetValue<int>(), S(sent["items"]![0]!["container_type"]),
            S(sent["items"]![0]!["total_weight"]!["value"]), S(sent["items"]![0]!["total_weight"]!["unit"])));
        Assert.Equal((request.Reference, "Ring twice", "dhl"), (S(sent["reference"]), S(sent["special_instructions"]), S(sent["carrier_code"])));
        Assert.Equal(SendcloudRequests_Utc(request.WindowStartUtc), S(sent["time_slots"]![0]!["start_at"]));
    }

    [Fact]
    public async Task A_collection_cancelled_through_the_carriers_api_is_cancelled_at_once()
    {
        var booked = await sendcloud.RequestCollectionAsync(Collection(), CancellationToken.None);

        var result = await sendcloud.CancelCollectionAsync(booked.CollectionId, CancellationToken.None);

        Assert.Equal(CollectionCancellation.Cancelled, result);
        Assert.Equal("CANCELLED", standIn.PickupStatus(long.Parse(booked.CollectionId, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_collection_whose_carrier_cancels_through_support_is_only_requested()
    {
        using var ups = NewSendcloud(standIn, o => o.CollectionCarrier = "ups");
        var booked = await ups.RequestCollectionAsync(Collection(), CancellationToken.None);

        var result = await ups.CancelCollectionAsync(booked.CollectionId, CancellationToken.None);

        Assert.Equal(CollectionCancellation.Requested, result);
    }

    [Fact]
    public async Task Cancelling_a_cancelled_collection_is_rejected_with_Sendclouds_reason()
    {
        var booked = await sendcloud.RequestCollectionAsync(Collection(), CancellationToken.None);
        await sendcloud.CancelCollectionAsync(booked.CollectionId, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<CarrierException>(() => sendcloud.CancelCollectionAsync(booked.CollectionId, CancellationToken.None));

        Assert.Equal((CarrierErrorKind.Rejected, 409, false), (refused.Kind, refused.HttpStatus, refused.IsRetryable));
        Assert.Contains("already been cancelled", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_an_unknown_collection_is_rejected_as_not_found()
    {
        var refused = await Assert.ThrowsAsync<CarrierException>(() => sendcloud.CancelCollectionAsync("999999999", CancellationToken.None));

        Assert.Equal((CarrierErrorKind.Rejected, 404), (refused.Kind, refused.HttpStatus));
    }

    [Fact]
    public async Task A_window_in_the_past_is_rejected_naming_the_field()
    {
        var refused = await Assert.ThrowsAsync<CarrierException>(() =>
            sendcloud.RequestCollectionAsync(Collection(start: DateTime.UtcNow.Date.AddDays(-1)), CancellationToken.None));

        Assert.Equal((CarrierErrorKind.Rejected, 400), (refused.Kind, refused.HttpStatus));
        Assert.Equal("/time_slots/0/start_at: The pickup cannot be scheduled in the past.", refused.Message);
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_refused_before_anything_is_sent()
    {
        var before = standIn.Requests.Count;
        var request = Collection() with { WindowEndUtc = Tomorrow(8) };

        await Assert.ThrowsAsync<ArgumentException>(() => sendcloud.RequestCollectionAsync(request, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            sendcloud.RequestCollectionAsync(Collection() with { WindowStartUtc = DateTime.Now.AddDays(2) }, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sendcloud.RequestCollectionAsync(Collection(parcels: 0), CancellationToken.None));

        Assert.Equal(before, standIn.Requests.Count);
    }

    [Fact]
    public async Task Without_a_collection_carrier_a_collection_is_misconfigured_and_nothing_is_sent()
    {
        using var noCarrier = NewSendcloud(standIn, o => o.CollectionCarrier = "");
        var before = standIn.Requests.Count;

        var refused = await Assert.ThrowsAsync<CarrierException>(() => noCarrier.RequestCollectionAsync(Collection(), CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Misconfigured, refused.Kind);
        Assert.Equal(before, standIn.Requests.Count);
    }

    private static string SendcloudRequests_Utc(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string? S(System.Text.Json.Nodes.JsonNode? node) => node?.GetValue<string>();
}
