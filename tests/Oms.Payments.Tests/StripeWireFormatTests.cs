using Oms.Domain.Common;
using Oms.Payments.Stripe;
using Oms.TestSupport.StandIn;
using static Oms.Payments.Tests.TestData;

namespace Oms.Payments.Tests;

/// <summary>What goes over the wire, read back from the stand-in: Stripe's units, names and headers.</summary>
public sealed class StripeWireFormatTests(StripeStandIn standIn) : IClassFixture<StripeStandIn>, IDisposable
{
    private readonly StripePaymentProvider stripe = NewStripe(standIn);

    public void Dispose() => stripe.Dispose();

    [Fact]
    public async Task Amounts_are_sent_in_minor_units_and_the_currency_in_lower_case()
    {
        var request = Authorisation(Eur(12.34m));

        var result = await stripe.AuthoriseAsync(request, CancellationToken.None);

        var form = Sent(request.IdempotencyKey).Form;
        Assert.Equal(("1234", "eur"), (form["amount"], form["currency"]));
        Assert.Equal(12.34m, result.Amount);
    }

    [Fact]
    public async Task Zero_decimal_currencies_are_sent_as_whole_yen()
    {
        var authorise = Authorisation(new Money(1500m, "JPY"));
        var auth = await stripe.AuthoriseAsync(authorise, CancellationToken.None);
        var capture = Capture(auth.Reference!, new Money(500m, "JPY"));

        var captured = await stripe.CaptureAsync(capture, CancellationToken.None);

        Assert.Equal(("1500", "jpy"), (Sent(authorise.IdempotencyKey).Form["amount"], Sent(authorise.IdempotencyKey).Form["currency"]));
        Assert.Equal("500", Sent(capture.IdempotencyKey).Form["amount_to_capture"]);
        Assert.Equal((1500m, 500m), (auth.Amount, captured.Amount));
    }

    [Fact]
    public async Task An_authorisation_is_a_confirmed_manual_capture_PaymentIntent_with_the_token_and_order_ids()
    {
        var request = Authorisation(Eur(20m));

        await stripe.AuthoriseAsync(request, CancellationToken.None);

        var sent = Sent(request.IdempotencyKey);
        Assert.Equal(("POST", "/v1/payment_intents"), (sent.Method, sent.Path));
        Assert.Equal("manual", sent.Form["capture_method"]);
        Assert.Equal("true", sent.Form["confirm"]);
        Assert.Equal(StandInTokens.Visa, sent.Form["payment_method"]);
        Assert.Equal(request.OrderId.ToString(), sent.Form["metadata[order_id]"]);
        Assert.Equal(request.OrderNumber, sent.Form["metadata[order_number]"]);
        Assert.DoesNotContain(sent.Form.Values, v => v.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_operation_sends_its_own_idempotency_key_and_the_api_key()
    {
        var authorise = Authorisation(Eur(90m));
        var auth = await stripe.AuthoriseAsync(authorise, CancellationToken.None);
        var capture = Capture(auth.Reference!, Eur(90m));
        var captured = await stripe.CaptureAsync(capture, CancellationToken.None);
        var refund = Refund(captured.Reference!, Eur(10m));
        await stripe.RefundAsync(refund, CancellationToken.None);
        var otherAuth = await stripe.AuthoriseAsync(Authorisation(Eur(5m)), CancellationToken.None);
        var cancel = Void(otherAuth.Reference!);
        await stripe.VoidAsync(cancel, CancellationToken.None);

        Assert.Equal($"/v1/payment_intents/{auth.Reference}/capture", Sent(capture.IdempotencyKey).Path);
        Assert.Equal("/v1/refunds", Sent(refund.IdempotencyKey).Path);
        Assert.Equal($"/v1/payment_intents/{otherAuth.Reference}/cancel", Sent(cancel.IdempotencyKey).Path);
        Assert.All(new[] { authorise.IdempotencyKey, capture.IdempotencyKey, refund.IdempotencyKey, cancel.IdempotencyKey },
            key => Assert.Equal($"Bearer {StripeStandIn.ApiKey}", Sent(key).Authorization));
    }

    [Fact]
    public async Task A_refund_targets_the_PaymentIntent_and_keeps_the_reason_in_metadata()
    {
        var auth = await stripe.AuthoriseAsync(Authorisation(Eur(30m)), CancellationToken.None);
        var captured = await stripe.CaptureAsync(Capture(auth.Reference!, Eur(30m)), CancellationToken.None);
        var refund = Refund(captured.Reference!, Eur(7.5m));

        var result = await stripe.RefundAsync(refund, CancellationToken.None);

        var form = Sent(refund.IdempotencyKey).Form;
        Assert.Equal((auth.Reference, "750"), (form["payment_intent"], form["amount"]));
        Assert.Equal(refund.Reason, form["metadata[reason]"]);
        Assert.False(form.ContainsKey("reason"));
        Assert.StartsWith("re_", result.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_charge_reference_is_refunded_by_charge()
    {
        var refund = Refund("ch_fromAnotherIntegration", Eur(5m));

        await stripe.RefundAsync(refund, CancellationToken.None);

        Assert.Equal("ch_fromAnotherIntegration", Sent(refund.IdempotencyKey).Form["charge"]);
    }

    private RecordedRequest Sent(string idempotencyKey) =>
        standIn.Requests.Single(r => r.IdempotencyKey == idempotencyKey && !r.Replayed);
}
