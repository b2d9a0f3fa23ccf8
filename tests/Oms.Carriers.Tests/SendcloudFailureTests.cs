using System.Net;
using System.Net.Sockets;
using Oms.Carriers.Sendcloud;
using Oms.TestSupport.StandIn;
using static Oms.Carriers.Tests.TestData;

namespace Oms.Carriers.Tests;

/// <summary>Every answer other than success is a CarrierException whose kind says whether to retry, wait or report.</summary>
public sealed class SendcloudFailureTests(SendcloudStandIn standIn) : IClassFixture<SendcloudStandIn>, IDisposable
{
    private readonly SendcloudCarrierAdapter sendcloud = NewSendcloud(standIn);

    public void Dispose() => sendcloud.Dispose();

    [Fact]
    public async Task A_validation_error_is_Rejected_with_Sendclouds_message_and_is_not_retryable()
    {
        var refused = await Assert.ThrowsAsync<CarrierException>(() =>
            sendcloud.CreateLabelAsync(Outbound(parcel: new ParcelDimensions(30m)), CancellationToken.None));

        Assert.Equal((CarrierErrorKind.Rejected, 400, false), (refused.Kind, refused.HttpStatus, refused.IsRetryable));
        Assert.Equal("weight: 30.000 kg exceeds the maximum of 23.000 kg for PostNL Standard 0-23kg.", refused.Message);
    }

    [Fact]
    public async Task A_return_on_an_outbound_method_is_Rejected()
    {
        var refused = await Assert.ThrowsAsync<CarrierException>(() =>
            sendcloud.CreateLabelAsync(Return() with { Service = $"{SendcloudStandIn.PostNlStandard}" }, CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Rejected, refused.Kind);
        Assert.Contains("cannot be used for return parcels", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limiting_is_RateLimited_with_Sendclouds_Retry_After()
    {
        standIn.FailNext(SendcloudFault.RateLimited(TimeSpan.FromSeconds(7)));

        var limited = await Assert.ThrowsAsync<CarrierException>(() => sendcloud.CreateLabelAsync(Outbound(), CancellationToken.None));

        Assert.Equal((CarrierErrorKind.RateLimited, 429, TimeSpan.FromSeconds(7), true),
            (limited.Kind, limited.HttpStatus, limited.RetryAfter, limited.IsRetryable));
    }

    [Fact]
    public async Task A_server_error_is_Unavailable_and_the_retry_passes()
    {
        standIn.FailNext(SendcloudFault.ServerError);

        var failed = await Assert.ThrowsAsync<CarrierException>(() => sendcloud.RequestCollectionAsync(Collection(), CancellationToken.None));
        var retried = await sendcloud.RequestCollectionAsync(Collection(), CancellationToken.None);

        Assert.Equal((CarrierErrorKind.Unavailable, 500, true), (failed.Kind, failed.HttpStatus, failed.IsRetryable));
        Assert.NotEmpty(retried.CollectionId);
    }

    [Fact]
    public async Task An_unreadable_answer_is_Unavailable_and_keeps_the_page_out_of_the_message()
    {
        standIn.FailNext(SendcloudFault.Unreadable);

        var failed = await Assert.ThrowsAsync<CarrierException>(() => sendcloud.CreateLabelAsync(Outbound(), CancellationToken.None));

        Assert.Equal((CarrierErrorKind.Unavailable, 503), (failed.Kind, failed.HttpStatus));
        Assert.DoesNotContain("html", failed.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task No_answer_within_the_timeout_is_Unavailable_without_a_status()
    {
        using var impatient = NewSendcloud(standIn, o => o.Timeout = TimeSpan.FromMilliseconds(500));
        standIn.FailNext(SendcloudFault.Slow(TimeSpan.FromSeconds(2)));

        var failed = await Assert.ThrowsAsync<CarrierException>(() => impatient.RequestCollectionAsync(Collection(), CancellationToken.None));

        Assert.Equal((CarrierErrorKind.Unavailable, (int?)null, true), (failed.Kind, failed.HttpStatus, failed.IsRetryable));
        Assert.Contains("timeout", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_cancellation_is_thrown_not_reported_as_a_carrier_failure()
    {
        standIn.FailNext(SendcloudFault.Slow(TimeSpan.FromSeconds(1)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sendcloud.RequestCollectionAsync(Collection(), cts.Token));
    }

    [Fact]
    public async Task Wrong_keys_are_Misconfigured()
    {
        using var wrong = NewSendcloud(standIn, o => o.SecretKey = "not-the-secret");

        var refused = await Assert.ThrowsAsync<CarrierException>(() => wrong.CreateLabelAsync(Outbound(), CancellationToken.None));

        Assert.Equal((CarrierErrorKind.Misconfigured, 401), (refused.Kind, refused.HttpStatus));
        Assert.Contains("Carriers:Sendcloud:PublicKey", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_keys_nothing_is_sent_and_every_call_is_Misconfigured()
    {
        using var unconfigured = NewSendcloud(standIn, o => o.PublicKey = "");
        var before = standIn.Requests.Count;

        var label = await Assert.ThrowsAsync<CarrierException>(() => unconfigured.CreateLabelAsync(Outbound(), CancellationToken.None));
        var collection = await Assert.ThrowsAsync<CarrierException>(() => unconfigured.RequestCollectionAsync(Collection(), CancellationToken.None));

        Assert.Equal((CarrierErrorKind.Misconfigured, CarrierErrorKind.Misconfigured), (label.Kind, collection.Kind));
        Assert.Equal(before, standIn.Requests.Count);
    }

    [Fact]
    public async Task Without_a_return_method_a_return_label_is_Misconfigured()
    {
        using var noReturns = NewSendcloud(standIn, o => o.ReturnShippingMethodId = null);

        var refused = await Assert.ThrowsAsync<CarrierException>(() => noReturns.CreateLabelAsync(Return(), CancellationToken.None));

        Assert.Equal(CarrierErrorKind.Misconfigured, refused.Kind);
        Assert.Contains("ReturnShippingMethodId", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_Sendcloud_is_Unavailable()
    {
        using var unreachable = NewSendcloud(standIn, o => o.BaseUrl = new Uri($"http://127.0.0.1:{ClosedPort()}/api/"));

        var failed = await Assert.ThrowsAsync<CarrierException>(() => unreachable.CreateLabelAsync(Outbound(), CancellationToken.None));

        Assert.Equal((CarrierErrorKind.Unavailable, (int?)null), (failed.Kind, failed.HttpStatus));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
