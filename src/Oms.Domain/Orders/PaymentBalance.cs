using Oms.Domain.Payments;

namespace Oms.Domain.Orders;

/// <summary>
/// The order's money at a glance, derived from its payments. <see cref="Due"/> is what the customer still owes
/// through the OMS: zero for an order paid outside it (captured without instruments, e.g. a POS sale).
/// </summary>
public sealed record PaymentBalance(decimal Total, decimal Authorised, decimal OpenAuthorisation, decimal Captured, decimal Refunded,
    decimal Voided, decimal Due)
{
    public static PaymentBalance Of(Order o)
    {
        decimal Sum(Func<OrderPayment, decimal> f) => o.Payments.Sum(f);
        var captured = Sum(p => p.Captured);
        var refunded = Sum(p => p.Refunded);
        var managed = o.Payments.Count > 0 || o.PaysInStore;
        return new(o.Total.Amount, Sum(p => p.Authorised), Sum(p => p.OpenAuthorisation), captured, refunded, Sum(p => p.Voided),
            managed ? o.Total.Amount - (captured - refunded) : 0);
    }
}
