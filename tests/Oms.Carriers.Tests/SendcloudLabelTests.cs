using System.Text;
using System.Text.Json.Nodes;
using Oms.Carriers.Sendcloud;
using Oms.TestSupport.StandIn;
using static Oms.Carriers.Tests.TestData;

namespace Oms.Carriers.Tests;

/// <summary>Outbound and return labels through Sendcloud's parcels API, announced at once, and their cancellation.</summary>
public sealed class SendcloudLabelTests(SendcloudStandIn standIn) : IClassFixture<SendcloudStandIn>, IDisposable
{
    private readonly SendcloudCarrierAdapter sendcloud = NewSendcloud(standIn);

    public void Dispose() => sendcloud.Dispose();

    [Fact]
    public async Task An_outbound_label_comes_back_with_a_tracking_number_the_carrier_and_the_label_pdf()
    {
        var label = await sendcloud.CreateLabelAsync(Outbound(), CancellationToken.None);

        Assert.StartsWith("3SSTND", label.TrackingNumber, StringComparison.Ordinal);
        Assert.Equal(("postnl", "PostNL Standard 0-23kg"), (label.Carrier, label.Service));
        Assert.Equal(LabelFormat.Pdf, label.Label.Format);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(label.Label.Content!), StringComparison.Ordinal);
        Assert.Contains(label.TrackingNumber, Encoding.ASCII.GetString(label.Label.Content!), StringComparison.Ordinal);
        Assert.NotNull(label.Label.Url);
        Assert.Contains(label.TrackingNumber, label.TrackingUrl!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_parcel_is_sent_in_Sendclouds_fields_with_basic_authentication()
    {
        var request = Outbound(parcel: new ParcelDimensions(1.25m, 30m, 20m, 10.5m));

        await sendcloud.CreateLabelAsync(request, CancellationToken.None);

        var sent = Sent(request.Reference);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SendcloudStandIn.PublicKey}:{SendcloudStandIn.SecretKey}")),
            standIn.Requests.First(r => r.Body?["parcel"]?["order_number"]?.GetValue<string>() == request.Reference).Authorization);
        Assert.Equal(("Ada Lovelace", "Keizersgracht 123", "2nd floor", "1015 CJ", "NL"),
            (S(sent["name"]), S(sent["address"]), S(sent["address_2"]), S(sent["postal_code"]), S(sent["country"])));
        Assert.Equal(("ada@example.com", "OMS DC Eindhoven", "5611 EM"), (S(sent["email"]), S(sent["from_name"]), S(sent["from_postal_code"])));
        Assert.Equal(("1.250", "30.0", "20.0", "10.5"), (S(sent["weight"]), S(sent["length"]), S(sent["width"]), S(sent["height"])));
        Assert.True(sent["request_label"]!.GetValue<bool>());
        Assert.False(sent["is_return"]!.GetValue<bool>());
        Assert.Equal(SendcloudStandIn.PostNlStandard, sent["shipment"]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_return_label_is_a_return_parcel_from_the_customer_to_the_location_on_the_return_method()
    {
        var request = Return();

        var label = await sendcloud.CreateLabelAsync(request, CancellationToken.None);

        var sent = Sent(request.Reference);
        Assert.True(sent["is_return"]!.GetValue<bool>());
        Assert.Equal(("Ada Lovelace", "Keizersgracht 123", "ada@example.com"), (S(sent["from_name"]), S(sent["from_address_1"]), S(sent["from_email"])));
        Assert.Equal(("OMS DC Eindhoven", "Stadhuisplein 10"), (S(sent["name"]), S(sent["address"])));
        Assert.Equal(SendcloudStandIn.PostNlReturn, sent["shipment"]!["id"]!.GetValue<int>());
        Assert.Equal("PostNL Return 0-23kg", label.Service);
    }

    [Fact]
    public async Task A_named_service_is_used_instead_of_the_configured_method()
    {
        var label = await sendcloud.CreateLabelAsync(Outbound(service: $"{SendcloudStandIn.DhlParcelConnect}"), CancellationToken.None);

        Assert.Equal(("dhl", "DHL Parcel Connect 0-5kg"), (label.Carrier, label.Service));
    }

    [Fact]
    public async Task With_downloads_off_the_label_is_only_a_link()
    {
        using var linkOnly = NewSendcloud(standIn, o => o.DownloadLabels = false);

        var label = await linkOnly.CreateLabelAsync(Outbound(), CancellationToken.None);

        Assert.Null(label.Label.Content);
        Assert.Contains($"/label_printer/{label.CarrierShipmentId}", label.Label.Url!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_is_cancelled_before_the_parcel_moves_and_a_second_cancel_is_rejected()
    {
        var label = await sendcloud.CreateLabelAsync(Outbound(), CancellationToken.None);

        var first = await sendcloud.CancelLabelAsync(label.CarrierShipmentId, CancellationToken.None);
        var second = await Assert.ThrowsAsync<CarrierException>(() => sendcloud.CancelLabelAsync(label.CarrierShipmentId, CancellationToken.None));

        Assert.Equal(LabelCancellation.Cancelled, first);
        Assert.Equal(2000, standIn.ParcelStatus(long.Parse(label.CarrierShipmentId, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal((CarrierErrorKind.Rejected, 410, "Parcel has already been cancelled."), (second.Kind, second.HttpStatus, second.Message));
    }

    [Fact]
    public async Task A_parcel_on_its_way_cannot_be_cancelled()
    {
        var label = await sendcloud.CreateLabelAsync(Outbound(), CancellationToken.None);
        standIn.StatusWebhook(long.Parse(label.CarrierShipmentId, System.Globalization.CultureInfo.InvariantCulture),
            SendcloudStatuses.ParcelEnRoute, DateTime.UtcNow);

        var refused = await Assert.ThrowsAsync<CarrierException>(() => sendcloud.CancelLabelAsync(label.CarrierShipmentId, CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Rejected, refused.Kind);
        Assert.Contains("cannot be cancelled", refused.Message, StringComparison.Ordinal);
    }

    private JsonObject Sent(string reference) => standIn.Requests
        .Select(r => r.Body?["parcel"] as JsonObject)
        .First(p => p?["order_number"]?.GetValue<string>() == reference)!;

    private static string? S(JsonNode? node) => node?.GetValue<string>();
}
