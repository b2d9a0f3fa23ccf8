namespace Oms.Domain.Payments;

/// <summary>
/// Pending until the provider approves or declines; an error or timeout leaves it pending, to retry with the same key.
/// Abandoned: a pending authorisation given up when its instrument was replaced; it is never retried.
/// </summary>
public enum PaymentTransactionStatus { Pending, Approved, Declined, Abandoned }
