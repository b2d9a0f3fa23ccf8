using Oms.Domain.Orders;
using Oms.Domain.Payments;

namespace Oms.Server.Features.Payments;

/// <summary>An instrument with its amounts and transaction log. The token is not echoed.</summary>
public sealed record PaymentResponse(Guid Id, int Sequence, PaymentMethod Method, string Provider, decimal Amount, decimal Authorised,
    decimal Captured, decimal Refunded, decimal Voided, decimal OpenAuthorisation, bool Declined, IReadOnlyList<PaymentTransactionResponse> Transactions,
    int? ReplacedBy = null)
{
    public static PaymentResponse From(OrderPayment p) => new(p.Id, p.Sequence, p.Method, p.Provider, p.Amount, p.Authorised, p.Captured,
        p.Refunded, p.Voided, p.OpenAuthorisation, p.Declined,
        [.. p.Transactions.OrderBy(t => t.Sequence).Select(t => new PaymentTransactionResponse(t.Id, t.Kind, t.Amount, t.Status, t.Outcome,
            t.ProviderReference, t.IdempotencyKey, t.Attempts, t.RequestedAt, t.CompletedAt, t.Message))], p.ReplacedBy);
}

public sealed record PaymentTransactionResponse(Guid Id, PaymentOperation Kind, decimal Amount, PaymentTransactionStatus Status,
    PaymentOutcome? Outcome, string? ProviderReference, string IdempotencyKey, int Attempts, DateTime RequestedAt, DateTime? CompletedAt, string? Message);

public sealed record HoldResponse(Guid Id, HoldKind Kind, string Reason, bool Active, DateTime PlacedAt, DateTime? LiftedAt, string? LiftedBy, string? LiftReason)
{
    public static HoldResponse From(OrderHold h) => new(h.Id, h.Kind, h.Reason, h.IsActive, h.PlacedAt, h.LiftedAt, h.LiftedBy, h.LiftReason);
}

/// <summary>The order's payments and balance (GET /api/orders/{id}/payments).</summary>
public sealed record OrderPaymentsResponse(Guid OrderId, string Number, string Currency, PaymentBalance Balance, IReadOnlyList<PaymentResponse> Payments)
{
    public static OrderPaymentsResponse From(Order o) => new(o.Id, o.Number, o.Currency, o.Balance, [.. o.Payments.OrderBy(p => p.Sequence).Select(PaymentResponse.From)]);
}
