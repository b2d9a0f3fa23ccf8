using Oms.Domain.Common;

namespace Oms.Domain.Payments;

/// <summary>How a provider answered. Only <see cref="Approved"/> moves money; the rest say whether a retry can help.</summary>
public enum PaymentOutcome
{
    Approved,
    /// <summary>The provider refused (card declined, insufficient funds): retrying the same request will not help.</summary>
    Declined,
    /// <summary>The provider failed or answered something we could not read: retry later with the same idempotency key.</summary>
    Error,
    /// <summary>No answer in time: the outcome is unknown, so retry with the same idempotency key.</summary>
    Timeout,
}

/// <param name="Reference">The provider's id for what happened (authorisation, capture or refund id), when approved.</param>
/// <param name="DeclineCode">The provider's reason code for a decline, e.g. <c>card_declined</c>.</param>
public sealed record PaymentResult(PaymentOutcome Outcome, string? Reference, decimal Amount, string? Message = null, string? DeclineCode = null)
{
    public bool IsApproved => Outcome == PaymentOutcome.Approved;
    /// <summary>Error and timeout may succeed on a retry with the same key; a decline will not.</summary>
    public bool IsRetryable => Outcome is PaymentOutcome.Error or PaymentOutcome.Timeout;
}

/// <param name="IdempotencyKey">The same key for a retry of the same operation, so the provider never charges twice.</param>
/// <param name="PaymentToken">The provider's token for the customer's payment method (never card numbers).</param>
public sealed record AuthorisationRequest(string IdempotencyKey, Guid OrderId, string OrderNumber, Money Amount, string PaymentToken, string? CustomerEmail);

public sealed record CaptureRequest(string IdempotencyKey, string AuthorisationReference, Money Amount);

/// <summary>Releases what is left of an authorisation; reducing it partially is a capture of less, then a void.</summary>
public sealed record VoidRequest(string IdempotencyKey, string AuthorisationReference);

public sealed record RefundRequest(string IdempotencyKey, string CaptureReference, Money Amount, string Reason);

/// <summary>
/// A payment service provider, or the offline "provider" for tenders settled outside the OMS (cash, card at the POS,
/// invoice). Every operation is idempotent on its key, and never throws for a provider's answer: declines, errors and
/// timeouts come back as a <see cref="PaymentResult"/>.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>The name orders record, e.g. <c>stripe</c> or <c>offline</c>.</summary>
    string Name { get; }

    Task<PaymentResult> AuthoriseAsync(AuthorisationRequest request, CancellationToken ct);
    Task<PaymentResult> CaptureAsync(CaptureRequest request, CancellationToken ct);
    Task<PaymentResult> VoidAsync(VoidRequest request, CancellationToken ct);
    Task<PaymentResult> RefundAsync(RefundRequest request, CancellationToken ct);
}
