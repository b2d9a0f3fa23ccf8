using Oms.Domain.Payments;

namespace Oms.Domain.Returns;

/// <summary>An order's payment instrument as a refund sees it: what it took in and what went back already.</summary>
/// <param name="PendingRefunds">Refunds asked of the provider and not yet answered: they count as gone.</param>
public sealed record RefundInstrument(int Sequence, PaymentMethod Method, string Provider, decimal Captured, decimal Refunded,
    decimal PendingRefunds = 0m)
{
    /// <summary>What may still go back to this instrument: captured, less refunded and pending refunds; never negative.</summary>
    public decimal Refundable => Math.Max(0, Captured - Refunded - PendingRefunds);

    public static RefundInstrument From(OrderPayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new(payment.Sequence, payment.Method, payment.Provider, payment.Captured, payment.Refunded,
            payment.Pending(PaymentOperation.Refund).Sum(t => t.Amount));
    }
}
