using System.Net;
using System.Net.Sockets;
using Oms.Domain.Payments;
using Oms.Payments.Stripe;
using Oms.TestSupport.StandIn;
using static Oms.Payments.Tests.TestData;

namespace Oms.Payments.Tests;

/// <summary>Stripe's refusals and failures come back as results, never as exceptions, and say whether to retry.</summary>
public sealed class StripeFailureTests(StripeStandIn standIn) : IClassFixture<StripeStandIn>, IDisposable
{
    private readonly StripePaymentProvider stripe = NewStripe(standIn);
    private readonly StripePaymentProvider impatient = NewStripe(standIn, o => o.Timeout = ShortTimeout);

    public void Dispose()
    {
        stripe.Dispose();
        impatient.Dispose();
    }

    [Fact]
    public async Task A_card_without_funds_is_declined_with_Stripes_decline_code_and_is_not_retried()
    {
        var result = await stripe.AuthoriseAsync(Authorisation(Eur(50m), StandInTokens.InsufficientFunds), CancellationToken.None);

        Assert.Equal(PaymentOutcome.Declined, result.Outcome);
        Assert.Equal("insufficient_funds", result.DeclineCode);
        Assert.Equal("Your card has insufficient funds.", result.Message);
        Assert.Null(result.Reference);
        Assert.False(result.IsRetryable);
    }

    [Fact]
    public async Task A_generic_decline_carries_generic_decline()
    {
        var result = await stripe.AuthoriseAsync(Authorisation(Eur(50m), StandInTokens.ChargeDeclined), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Declined, "generic_decline"), (result.Outcome, result.DeclineCode));
    }

    [Fact]
    public async Task A_card_that_needs_3D_Secure_is_declined_instead_of_left_waiting_for_the_customer()
    {
        var request = Authorisation(Eur(50m), StandInTokens.AuthenticationRequired);

        var result = await stripe.AuthoriseAsync(request, CancellationToken.None);

        Assert.Equal((PaymentOutcome.Declined, "authentication_required"), (result.Outcome, result.DeclineCode));
        Assert.Equal("true", SentWith(request.IdempotencyKey)["error_on_requires_action"]);
    }

    [Fact]
    public async Task A_server_error_is_an_Error_that_may_pass_on_a_retry()
    {
        var result = await stripe.AuthoriseAsync(Authorisation(Eur(50m), StandInTokens.ServerError), CancellationToken.None);

        Assert.Equal(PaymentOutcome.Error, result.Outcome);
        Assert.True(result.IsRetryable);
    }

    [Fact]
    public async Task An_unreadable_answer_is_an_Error_that_keeps_the_body_out_of_the_message()
    {
        var result = await stripe.AuthoriseAsync(Authorisation(Eur(50m), StandInTokens.Unreadable), CancellationToken.None);

        Assert.Equal(PaymentOutcome.Error, result.Outcome);
        Assert.DoesNotContain("html", result.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task No_answer_within_the_timeout_is_a_Timeout()
    {
        var request = Authorisation(Eur(50m), StandInTokens.Slow);

        var result = await impatient.AuthoriseAsync(request, CancellationToken.None);
        await standIn.SettledAsync(request.IdempotencyKey);

        Assert.Equal(PaymentOutcome.Timeout, result.Outcome);
        Assert.True(result.IsRetryable);
    }

    [Fact]
    public async Task A_timed_out_authorisation_retried_with_its_key_is_charged_once()
    {
        var request = Authorisation(Eur(75m), StandInTokens.Held);

        var timedOut = await impatient.AuthoriseAsync(request, CancellationToken.None);
        var whileStripeIsStillWorking = await impatient.AuthoriseAsync(request, CancellationToken.None);
        standIn.Release(request.IdempotencyKey);
        await standIn.SettledAsync(request.IdempotencyKey);
        var afterStripeFinished = await impatient.AuthoriseAsync(request, CancellationToken.None);

        Assert.Equal(PaymentOutcome.Timeout, timedOut.Outcome);
        Assert.Equal(PaymentOutcome.Error, whileStripeIsStillWorking.Outcome);
        Assert.Equal((PaymentOutcome.Approved, 75m), (afterStripeFinished.Outcome, afterStripeFinished.Amount));
        Assert.Equal(1, standIn.OperationsFor(request.IdempotencyKey));
    }

    [Fact]
    public async Task Reusing_a_key_for_another_amount_is_refused_and_charges_nothing_more()
    {
        var first = Authorisation(Eur(20m));
        await stripe.AuthoriseAsync(first, CancellationToken.None);

        var reused = await stripe.AuthoriseAsync(first with { Amount = Eur(25m) }, CancellationToken.None);

        Assert.Equal(PaymentOutcome.Error, reused.Outcome);
        Assert.Equal(1, standIn.OperationsFor(first.IdempotencyKey));
    }

    [Fact]
    public async Task The_callers_cancellation_is_thrown_not_reported_as_a_timeout()
    {
        var request = Authorisation(Eur(50m), StandInTokens.Slow);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient.AuthoriseAsync(request, cts.Token));
        await standIn.SettledAsync(request.IdempotencyKey);
    }

    [Fact]
    public async Task An_unreachable_Stripe_is_an_Error()
    {
        using var unreachable = NewStripe(standIn, o => o.BaseUrl = new Uri($"http://127.0.0.1:{ClosedPort()}"));

        var result = await unreachable.AuthoriseAsync(Authorisation(Eur(50m)), CancellationToken.None);

        Assert.Equal(PaymentOutcome.Error, result.Outcome);
    }

    [Fact]
    public async Task A_wrong_api_key_is_an_Error_to_fix_and_retry_not_a_decline()
    {
        using var misconfigured = NewStripe(standIn, o => o.ApiKey = "sk_test_wrong");

        var result = await misconfigured.AuthoriseAsync(Authorisation(Eur(50m)), CancellationToken.None);

        Assert.Equal(PaymentOutcome.Error, result.Outcome);
    }

    [Fact]
    public async Task Without_an_api_key_nothing_is_sent_and_the_answer_is_Error()
    {
        using var unconfigured = NewStripe(standIn, o => o.ApiKey = "");
        var request = Authorisation(Eur(50m));

        var result = await unconfigured.AuthoriseAsync(request, CancellationToken.None);

        Assert.Equal(PaymentOutcome.Error, result.Outcome);
        Assert.Contains("Payments:Stripe:ApiKey", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(standIn.Requests, r => r.IdempotencyKey == request.IdempotencyKey);
    }

    [Fact]
    public async Task Capturing_an_unknown_authorisation_is_declined_as_missing()
    {
        var result = await stripe.CaptureAsync(Capture("pi_doesnotexist", Eur(10m)), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Declined, "resource_missing"), (result.Outcome, result.DeclineCode));
    }

    [Fact]
    public async Task Refunding_more_than_was_captured_is_declined()
    {
        var auth = await stripe.AuthoriseAsync(Authorisation(Eur(40m)), CancellationToken.None);
        var capture = await stripe.CaptureAsync(Capture(auth.Reference!, Eur(40m)), CancellationToken.None);

        var result = await stripe.RefundAsync(Refund(capture.Reference!, Eur(40.01m)), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Declined, "amount_too_large"), (result.Outcome, result.DeclineCode));
    }

    private IReadOnlyDictionary<string, string> SentWith(string key) => standIn.Requests.First(r => r.IdempotencyKey == key).Form;

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
