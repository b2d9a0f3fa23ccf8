using Oms.Domain.Payments;
using Oms.Payments.Sandbox;
using static Oms.Payments.Tests.TestData;

namespace Oms.Payments.Tests;

/// <summary>The sandbox card provider: Stripe's test tokens answer as in Stripe's test mode, and its ledger keeps amounts honest.</summary>
public sealed class SandboxPaymentProviderTests : PaymentProviderContract
{
    private readonly SandboxPaymentProvider sandbox = new();

    protected override IPaymentProvider Provider => sandbox;

    [Fact]
    public void Is_named_sandbox() => Assert.Equal("sandbox", sandbox.Name);

    [Theory]
    [InlineData("pm_card_visa")]
    [InlineData("tok_visa")]
    [InlineData("pm_card_mastercard")]
    [InlineData(" pm_card_amex ")]
    public async Task Stripe_test_cards_that_succeed_are_authorised(string token)
    {
        var result = await sandbox.AuthoriseAsync(Authorisation(Eur(30m), token), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Approved, 30m), (result.Outcome, result.Amount));
        Assert.StartsWith("sbx_pi_", result.Reference, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pm_card_chargeDeclined", "generic_decline")]
    [InlineData("tok_chargeDeclined", "generic_decline")]
    [InlineData("pm_card_visa_chargeDeclined", "generic_decline")]
    [InlineData("pm_card_chargeDeclinedInsufficientFunds", "insufficient_funds")]
    [InlineData("pm_card_visa_chargeDeclinedInsufficientFunds", "insufficient_funds")]
    [InlineData("pm_card_chargeDeclinedExpiredCard", "expired_card")]
    [InlineData("pm_card_chargeDeclinedStolenCard", "stolen_card")]
    [InlineData("pm_card_authenticationRequired", "authentication_required")]
    public async Task Stripe_test_cards_that_decline_answer_Stripes_decline_code(string token, string code)
    {
        var result = await sandbox.AuthoriseAsync(Authorisation(Eur(30m), token), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Declined, code), (result.Outcome, result.DeclineCode));
        Assert.False(result.IsRetryable);
        Assert.Null(result.Reference);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public async Task The_provider_error_token_answers_a_retryable_error_on_every_retry()
    {
        var request = Authorisation(Eur(30m), SandboxTokens.ProviderError);

        var first = await sandbox.AuthoriseAsync(request, CancellationToken.None);
        var retry = await sandbox.AuthoriseAsync(request, CancellationToken.None);

        Assert.Equal((PaymentOutcome.Error, true), (first.Outcome, first.IsRetryable));
        Assert.Equal(first, retry);
    }

    [Fact]
    public async Task The_timeout_token_answers_a_timeout_at_once()
    {
        var started = DateTime.UtcNow;

        var result = await sandbox.AuthoriseAsync(Authorisation(Eur(30m), SandboxTokens.Timeout), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Timeout, true), (result.Outcome, result.IsRetryable));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("pm_card_nonsense")]
    [InlineData("pm_1Q0PsIJvEtkwdCNYMSaVuRz6")]
    public async Task An_unknown_token_is_declined_with_the_tokens_to_use_and_is_not_echoed(string token)
    {
        var result = await sandbox.AuthoriseAsync(Authorisation(Eur(30m), token), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Declined, "resource_missing"), (result.Outcome, result.DeclineCode));
        Assert.Contains("pm_card_visa", result.Message, StringComparison.Ordinal);
        Assert.Contains("pm_card_chargeDeclined", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_capture_never_exceeds_what_is_still_authorised()
    {
        var auth = await sandbox.AuthoriseAsync(Authorisation(Eur(100m)), CancellationToken.None);
        await sandbox.CaptureAsync(Capture(auth.Reference!, Eur(70m)), CancellationToken.None);

        var tooMuch = await sandbox.CaptureAsync(Capture(auth.Reference!, Eur(30.01m)), CancellationToken.None);
        var rest = await sandbox.CaptureAsync(Capture(auth.Reference!, Eur(30m)), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Declined, "amount_too_large"), (tooMuch.Outcome, tooMuch.DeclineCode));
        Assert.Equal((PaymentOutcome.Approved, 30m), (rest.Outcome, rest.Amount));
    }

    [Fact]
    public async Task A_void_releases_what_is_left_and_nothing_can_be_captured_after_it()
    {
        var auth = await sandbox.AuthoriseAsync(Authorisation(Eur(100m)), CancellationToken.None);
        await sandbox.CaptureAsync(Capture(auth.Reference!, Eur(40m)), CancellationToken.None);

        var released = await sandbox.VoidAsync(Void(auth.Reference!), CancellationToken.None);
        var capture = await sandbox.CaptureAsync(Capture(auth.Reference!, Eur(10m)), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Approved, 60m), (released.Outcome, released.Amount));
        Assert.Equal(PaymentOutcome.Declined, capture.Outcome);
    }

    [Fact]
    public async Task A_refund_never_exceeds_the_authorisation()
    {
        var auth = await sandbox.AuthoriseAsync(Authorisation(Eur(50m)), CancellationToken.None);
        await sandbox.CaptureAsync(Capture(auth.Reference!, Eur(50m)), CancellationToken.None);
        await sandbox.RefundAsync(Refund(auth.Reference!, Eur(45m)), CancellationToken.None);

        var tooMuch = await sandbox.RefundAsync(Refund(auth.Reference!, Eur(10m)), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Declined, "amount_too_large"), (tooMuch.Outcome, tooMuch.DeclineCode));
    }

    [Fact]
    public async Task The_capture_declined_token_authorises_but_its_captures_are_declined()
    {
        var auth = await sandbox.AuthoriseAsync(Authorisation(Eur(50m), SandboxTokens.CaptureDeclined), CancellationToken.None);

        var capture = await sandbox.CaptureAsync(Capture(auth.Reference!, Eur(50m)), CancellationToken.None);

        Assert.True(auth.IsApproved);
        Assert.Equal((PaymentOutcome.Declined, "charge_expired_for_capture"), (capture.Outcome, capture.DeclineCode));
    }

    [Fact]
    public async Task A_key_reused_for_another_request_is_declined_and_the_first_answer_stands()
    {
        var key = Key();
        var first = await sandbox.AuthoriseAsync(Authorisation(Eur(20m), key: key), CancellationToken.None);

        var other = await sandbox.AuthoriseAsync(Authorisation(Eur(25m), key: key), CancellationToken.None);
        var again = await sandbox.AuthoriseAsync(Authorisation(Eur(20m), key: key), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Declined, "idempotency_key_in_use"), (other.Outcome, other.DeclineCode));
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task Another_node_answers_a_retry_exactly_as_the_first_node_did()
    {
        var nodeA = new SandboxPaymentProvider();
        var nodeB = new SandboxPaymentProvider();
        var authorisation = Authorisation(Eur(90m));
        var auth = await nodeA.AuthoriseAsync(authorisation, CancellationToken.None);
        var capture = Capture(auth.Reference!, Eur(90m));
        var captured = await nodeA.CaptureAsync(capture, CancellationToken.None);

        Assert.Equal(auth, await nodeB.AuthoriseAsync(authorisation, CancellationToken.None));
        Assert.Equal(captured, await nodeB.CaptureAsync(capture, CancellationToken.None));
        Assert.True((await nodeB.RefundAsync(Refund(auth.Reference!, Eur(90m)), CancellationToken.None)).IsApproved);
    }

    [Fact]
    public async Task A_reference_the_sandbox_did_not_make_is_declined()
    {
        var result = await sandbox.CaptureAsync(Capture("pi_3MtwBwLkdIwHu7ix28a3tqPa", Eur(10m)), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Declined, "resource_missing"), (result.Outcome, result.DeclineCode));
    }

    [Fact]
    public void A_reference_carries_the_authorised_amount_and_currency()
    {
        var reference = SandboxReference.For("k-1", 1234.5m, "EUR", captureDeclined: false).ToString();

        Assert.True(SandboxReference.TryParse(reference, out var parsed));
        Assert.Equal((1234.5m, "EUR", false), (parsed.Amount, parsed.Currency, parsed.CaptureDeclined));
        Assert.False(SandboxReference.TryParse("sbx_pi_nonsense", out _));
    }
}
