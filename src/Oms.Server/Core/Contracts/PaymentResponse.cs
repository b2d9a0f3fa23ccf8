using Oms.Domain.Payments;

namespace Oms.Server.Core.Contracts;

/// <summary>An instrument with its amounts and transaction log. The token is not echoed.</summary>
public sealed record PaymentResponse(Guid Id, int Sequence, PaymentMethod Method, string Provider, decimal Amount, decimal Authorised,
    decimal Captured, decimal Refunded, decimal Voided, decimal OpenAuthorisation, bool Declined,
    IReadOnlyList<PaymentTransactionResponse> Transactions, int? ReplacedBy = null)
{
    public static PaymentResponse From(OrderPayment p) => new(p.Id, p.Sequence, p.Method, p.Provider, p.Amount, p.Authorised, p.Captured,
        p.Refunded, p.Voided, p.OpenAuthorisation, p.Declined,
        [.. p.Transactions.OrderBy(t => t.Sequence).Select(t => new PaymentTransactionResponse(t.Id, t.Kind, t.Amount, t.Status, t.Outcome,
            t.ProviderReference, t.IdempotencyKey, t.Attempts, t.RequestedAt, t.CompletedAt, t.Message))], p.ReplacedBy);
}
