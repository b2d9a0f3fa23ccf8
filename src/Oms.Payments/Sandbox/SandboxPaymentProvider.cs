using System.Globalization;
using Oms.Domain.Payments;

namespace Oms.Payments.Sandbox;

/// <summary>
/// A card provider for demos and tests, in the manner of a payment provider's test mode: no money moves, and the token
/// decides the answer (see <see cref="SandboxTokens"/>: <c>pm_card_visa</c> approves, <c>pm_card_chargeDeclined</c>
/// declines, <c>pm_sandbox_providerError</c> fails, <c>pm_sandbox_timeout</c> times out). Switched on by
/// <c>Payments:Sandbox:Enabled</c>, which must be off in production: anyone who can send an order could pay with it.
/// </summary>
/// <remarks>
/// Deterministic: every answer is a function of the idempotency key and the request, so a retry (on this node or
/// another) gets the same answer, and the same key with another request is declined. Captures never exceed what is
/// still authorised, voids release the rest, and refunds never exceed the authorisation; see <see cref="SandboxLedger"/>
/// for what that means with several nodes. Errors and timeouts are answered at once, without waiting.
/// </remarks>
public sealed class SandboxPaymentProvider : IPaymentProvider
{
    public const string ProviderName = "sandbox";

    private readonly SandboxLedger ledger = new();

    public string Name => ProviderName;

    public Task<PaymentResult> AuthoriseAsync(AuthorisationRequest request, CancellationToken ct)
    {
        var card = SandboxTokens.Lookup(request.PaymentToken);
        var fingerprint = $"authorise|{request.PaymentToken.Trim()}|{Format(request.Amount.Amount)}|{request.Amount.Currency}";
        return Task.FromResult(ledger.Once(request.IdempotencyKey, fingerprint, () => card.Behaviour switch
        {
            SandboxBehaviour.Approve or SandboxBehaviour.ApproveThenDeclineCapture => Authorised(request, card),
            SandboxBehaviour.Decline => new PaymentResult(PaymentOutcome.Declined, null, 0m, card.Message, card.DeclineCode),
            SandboxBehaviour.Error => new PaymentResult(PaymentOutcome.Error, null, 0m, card.Message),
            _ => new PaymentResult(PaymentOutcome.Timeout, null, 0m, card.Message),
        }));
    }

    public Task<PaymentResult> CaptureAsync(CaptureRequest request, CancellationToken ct)
    {
        var fingerprint = $"capture|{request.AuthorisationReference}|{Format(request.Amount.Amount)}|{request.Amount.Currency}";
        return Task.FromResult(ledger.Once(request.IdempotencyKey, fingerprint, () =>
        {
            if (!SandboxReference.TryParse(request.AuthorisationReference, out var reference)) return NoSuchAuthorisation();
            var book = ledger.Book(reference);
            var amount = request.Amount.Amount;
            if (reference.CaptureDeclined)
                return Declined("charge_expired_for_capture",
                    "The authorisation expired before it was captured (test token pm_sandbox_captureDeclined).");
            if (request.Amount.Currency != book.Currency)
                return Declined("parameter_invalid", $"The authorisation is in {book.Currency}, the capture in {request.Amount.Currency}.");
            if (book.Voided > 0) return Declined("payment_intent_unexpected_state",
                "The authorisation was voided: nothing can be captured.");
            if (amount > book.Open)
                return Declined("amount_too_large",
                    $"Cannot capture {Format(amount)} {book.Currency}: {Format(book.Open)} is still authorised.");
            book.Captured += amount;
            return new PaymentResult(PaymentOutcome.Approved, reference.ToString(), amount);
        }));
    }

    /// <summary>Releases what is still authorised; the result's amount is what was released.</summary>
    public Task<PaymentResult> VoidAsync(VoidRequest request, CancellationToken ct) =>
        Task.FromResult(ledger.Once(request.IdempotencyKey, $"void|{request.AuthorisationReference}", () =>
        {
            if (!SandboxReference.TryParse(request.AuthorisationReference, out var reference)) return NoSuchAuthorisation();
            var book = ledger.Book(reference);
            if (book.Voided > 0) return Declined("payment_intent_unexpected_state", "The authorisation was voided already.");
            var released = book.Open;
            book.Voided += released;
            return new PaymentResult(PaymentOutcome.Approved, reference.ToString(), released);
        }));

    public Task<PaymentResult> RefundAsync(RefundRequest request, CancellationToken ct)
    {
        var fingerprint = $"refund|{request.CaptureReference}|{Format(request.Amount.Amount)}|{request.Amount.Currency}";
        return Task.FromResult(ledger.Once(request.IdempotencyKey, fingerprint, () =>
        {
            if (!SandboxReference.TryParse(request.CaptureReference, out var reference)) return NoSuchAuthorisation();
            var book = ledger.Book(reference);
            var amount = request.Amount.Amount;
            if (request.Amount.Currency != book.Currency)
                return Declined("parameter_invalid", $"The payment is in {book.Currency}, the refund in {request.Amount.Currency}.");
            if (amount > book.Refundable)
                return Declined("amount_too_large",
                    $"Cannot refund {Format(amount)} {book.Currency}: at most {Format(book.Refundable)} is left to refund.");
            book.Refunded += amount;
            return new PaymentResult(PaymentOutcome.Approved, $"sbx_re_{SandboxReference.HashOf(request.IdempotencyKey)}", amount);
        }));
    }

    private PaymentResult Authorised(AuthorisationRequest request, SandboxCard card)
    {
        var reference = SandboxReference.For(request.IdempotencyKey, request.Amount.Amount, request.Amount.Currency,
            card.Behaviour == SandboxBehaviour.ApproveThenDeclineCapture);
        ledger.Book(reference);
        return new PaymentResult(PaymentOutcome.Approved, reference.ToString(), request.Amount.Amount);
    }

    private static PaymentResult NoSuchAuthorisation() =>
        Declined("resource_missing", "No such sandbox authorisation: the reference was not made by the sandbox.");

    private static PaymentResult Declined(string code, string message) => new(PaymentOutcome.Declined, null, 0m, message, code);

    private static string Format(decimal amount) => amount.ToString("0.##########", CultureInfo.InvariantCulture);
}
