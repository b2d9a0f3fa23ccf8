using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

/// <summary>The order's payments and balance (GET /api/orders/{id}/payments).</summary>
public sealed record OrderPaymentsResponse(Guid OrderId, string Number, string Currency, PaymentBalance Balance,
    IReadOnlyList<PaymentResponse> Payments)
{
    public static OrderPaymentsResponse From(Order o)
        => new(o.Id, o.Number, o.Currency, o.Balance, [.. o.Payments.OrderBy(p => p.Sequence).Select(PaymentResponse.From)]);
}
