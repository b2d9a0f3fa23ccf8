namespace Oms.Domain.Payments;

/// <summary>
/// One call to a provider, kept as the log: what was asked, under which idempotency key, and what came back. The key
/// is fixed when the transaction is queued, so every retry sends the same key and the provider never acts twice.
/// </summary>
public sealed class PaymentTransaction
{
    private PaymentTransaction() { IdempotencyKey = null!; }

    internal PaymentTransaction(Guid id, Guid paymentId, int sequence, PaymentOperation kind, decimal amount, string key, DateTime now,
        string? message)
        => (Id, PaymentId, Sequence, Kind, Amount, IdempotencyKey, RequestedAt, Message) = (id, paymentId, sequence, kind, amount, key,
            now, message);

    public Guid Id { get; private set; }
    public Guid PaymentId { get; private set; }
    public int Sequence { get; private set; }
    public PaymentOperation Kind { get; private set; }
    public decimal Amount { get; private set; }
    public PaymentTransactionStatus Status { get; private set; }
    /// <summary>The provider's last answer; null until the first attempt.</summary>
    public PaymentOutcome? Outcome { get; private set; }
    public string? ProviderReference { get; private set; }
    public string IdempotencyKey { get; private set; }
    public int Attempts { get; private set; }
    public DateTime RequestedAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public string? Message { get; private set; }

    internal void Abandon(string reason, DateTime now)
    {
        Status = PaymentTransactionStatus.Abandoned;
        Message = reason;
        CompletedAt = now;
    }

    internal void Record(PaymentResult result, DateTime now)
    {
        Attempts++;
        Outcome = result.Outcome;
        Message = result.Message ?? result.DeclineCode ?? Message;
        if (result.IsRetryable) return;
        Status = result.IsApproved ? PaymentTransactionStatus.Approved : PaymentTransactionStatus.Declined;
        ProviderReference = result.Reference;
        CompletedAt = now;
    }
}
