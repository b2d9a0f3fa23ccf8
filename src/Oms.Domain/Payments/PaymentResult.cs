namespace Oms.Domain.Payments;

/// <param name="Reference">The provider's id for what happened (authorisation, capture or refund id), when approved.</param>
/// <param name="DeclineCode">The provider's reason code for a decline, e.g. <c>card_declined</c>.</param>
public sealed record PaymentResult(PaymentOutcome Outcome, string? Reference, decimal Amount, string? Message = null,
    string? DeclineCode = null)
{
    public bool IsApproved => Outcome == PaymentOutcome.Approved;
    /// <summary>Error and timeout may succeed on a retry with the same key; a decline will not.</summary>
    public bool IsRetryable => Outcome is PaymentOutcome.Error or PaymentOutcome.Timeout;
}
