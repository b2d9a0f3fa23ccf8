using Oms.Domain.Common;
using Oms.Domain.Payments;

namespace Oms.Domain.Returns;

/// <summary>
/// The route and the order in which instruments are refunded. Methods not listed come after the listed ones; within a
/// method, the instrument added first is refunded first.
/// </summary>
public sealed record RefundAllocationPolicy(RefundRoute Route, IReadOnlyList<PaymentMethod> MethodOrder)
{
    /// <summary>Cards first, gift cards and store credit last: money the customer can spend anywhere comes back first.</summary>
    public static RefundAllocationPolicy GiftCardsLast { get; } = new(RefundRoute.OriginalInstruments,
    [
        PaymentMethod.Card, PaymentMethod.PosCard, PaymentMethod.Cash, PaymentMethod.Invoice, PaymentMethod.GiftCard,
        PaymentMethod.StoreCredit,
    ]);

    /// <summary>Gift cards and store credit first: money that must be spent with the retailer comes back first.</summary>
    public static RefundAllocationPolicy GiftCardsFirst { get; } = new(RefundRoute.OriginalInstruments,
    [
        PaymentMethod.StoreCredit, PaymentMethod.GiftCard, PaymentMethod.Card, PaymentMethod.PosCard, PaymentMethod.Cash,
        PaymentMethod.Invoice,
    ]);

    public static RefundAllocationPolicy AllAsStoreCredit { get; } = GiftCardsLast with { Route = RefundRoute.StoreCredit };

    public static RefundAllocationPolicy CashAtTill { get; } = GiftCardsLast with { Route = RefundRoute.CashAtTill };

    public int Rank(PaymentMethod method)
    {
        var i = MethodOrder.ToList().IndexOf(method);
        return i < 0 ? int.MaxValue : i;
    }

    public void Validate()
    {
        if (!Enum.IsDefined(Route)) throw new BusinessRuleException("route", $"{Route} is not a refund route.");
        var twice = MethodOrder.GroupBy(m => m).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new BusinessRuleException("methodOrder", $"{twice.Key} is listed twice.");
    }
}
