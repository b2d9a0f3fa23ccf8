using Oms.Domain.Payments;

namespace Oms.Server.Core.Events;

public sealed record PaymentRef(Guid Id, int Sequence, PaymentMethod Method, string Provider, decimal Amount, decimal Authorised,
    decimal Captured, decimal Refunded, decimal Voided)
{
    public static PaymentRef From(OrderPayment p)
        => new(p.Id, p.Sequence, p.Method, p.Provider, p.Amount, p.Authorised, p.Captured, p.Refunded, p.Voided);
}
