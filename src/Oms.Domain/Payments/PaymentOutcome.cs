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
