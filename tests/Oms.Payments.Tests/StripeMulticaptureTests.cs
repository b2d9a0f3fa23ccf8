using Oms.Domain.Payments;
using Oms.Payments.Stripe;
using Oms.TestSupport.StandIn;
using static Oms.Payments.Tests.TestData;

namespace Oms.Payments.Tests;

/// <summary>
/// Captures per shipment. Stripe captures a PaymentIntent once unless multicapture is available; with it,
/// <c>final_capture=false</c> keeps the rest authorised, and a void releases it.
/// </summary>
public sealed class StripeMulticaptureTests(StripeStandIn standIn) : IClassFixture<StripeStandIn>, IDisposable
{
    private readonly StripePaymentProvider single = NewStripe(standIn);
    private readonly StripePaymentProvider multi = NewStripe(standIn, o => o.Multicapture = true);

    public void Dispose()
    {
        single.Dispose();
        multi.Dispose();
    }

    [Fact]
    public async Task Without_multicapture_the_first_capture_is_final_and_a_second_is_declined()
    {
        var authorise = Authorisation(Eur(100m));
        var auth = await single.AuthoriseAsync(authorise, CancellationToken.None);
        var first = Capture(auth.Reference!, Eur(30m));

        var firstShipment = await single.CaptureAsync(first, CancellationToken.None);
        var secondShipment = await single.CaptureAsync(Capture(auth.Reference!, Eur(50m)), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Approved, 30m), (firstShipment.Outcome, firstShipment.Amount));
        Assert.Equal((PaymentOutcome.Declined, "payment_intent_unexpected_state"), (secondShipment.Outcome, secondShipment.DeclineCode));
        Assert.False(Sent(authorise.IdempotencyKey).ContainsKey("payment_method_options[card][request_multicapture]"));
        Assert.False(Sent(first.IdempotencyKey).ContainsKey("final_capture"));
    }

    [Fact]
    public async Task With_multicapture_the_authorisation_asks_for_it_where_the_card_allows()
    {
        var authorise = Authorisation(Eur(100m));

        await multi.AuthoriseAsync(authorise, CancellationToken.None);

        Assert.Equal("if_available", Sent(authorise.IdempotencyKey)["payment_method_options[card][request_multicapture]"]);
    }

    [Fact]
    public async Task With_multicapture_a_capture_leaves_the_rest_authorised_until_a_void_releases_it()
    {
        var auth = await multi.AuthoriseAsync(Authorisation(Eur(100m)), CancellationToken.None);
        var capture = Capture(auth.Reference!, Eur(30m));

        var captured = await multi.CaptureAsync(capture, CancellationToken.None);
        var released = await multi.VoidAsync(Void(auth.Reference!), CancellationToken.None);

        Assert.True(captured.IsApproved);
        Assert.Equal("false", Sent(capture.IdempotencyKey)["final_capture"]);
        Assert.Equal((PaymentOutcome.Approved, 70m), (released.Outcome, released.Amount));
    }

    [Fact]
    public async Task With_multicapture_a_card_without_it_gets_a_final_capture()
    {
        var auth = await multi.AuthoriseAsync(Authorisation(Eur(100m), StandInTokens.MulticaptureUnavailable), CancellationToken.None);
        var capture = Capture(auth.Reference!, Eur(30m));

        var firstShipment = await multi.CaptureAsync(capture, CancellationToken.None);
        var secondShipment = await multi.CaptureAsync(Capture(auth.Reference!, Eur(50m)), CancellationToken.None);

        Assert.True(firstShipment.IsApproved);
        Assert.False(Sent(capture.IdempotencyKey).ContainsKey("final_capture"));
        Assert.Equal(PaymentOutcome.Declined, secondShipment.Outcome);
    }

    [Fact]
    public async Task A_capture_retried_after_later_captures_replays_its_first_answer()
    {
        var auth = await multi.AuthoriseAsync(Authorisation(Eur(100m)), CancellationToken.None);
        var firstShipment = Capture(auth.Reference!, Eur(30m));
        var first = await multi.CaptureAsync(firstShipment, CancellationToken.None);
        await multi.CaptureAsync(Capture(auth.Reference!, Eur(70m)), CancellationToken.None);

        var retry = await multi.CaptureAsync(firstShipment, CancellationToken.None);

        Assert.Equal(first, retry);
        Assert.Equal(1, standIn.OperationsFor(firstShipment.IdempotencyKey));
    }

    private IReadOnlyDictionary<string, string> Sent(string idempotencyKey) =>
        standIn.Requests.First(r => r.IdempotencyKey == idempotencyKey && r.Method == "POST").Form;
}
