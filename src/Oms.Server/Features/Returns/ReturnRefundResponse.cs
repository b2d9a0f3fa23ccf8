using Oms.Domain.Returns;

namespace Oms.Server.Features.Returns;

/// <summary>
/// A refund paid on a return: the amounts, the calculation line by line, and how the money went back (one portion per line
/// of <c>paidAs</c>). The provider's answers are on the order's payments (<c>GET /api/orders/{id}/payments</c>).
/// </summary>
public sealed record ReturnRefundResponse(int Sequence, decimal Goods, decimal Shipping, decimal RestockingFee, decimal Goodwill,
    decimal OffsetByExchange, decimal Total, IReadOnlyList<string> Explanation, IReadOnlyList<string> PaidAs, DateTime CreatedAt,
    string CreatedBy)
{
    public static ReturnRefundResponse From(ReturnRefund r) => new(r.Sequence, r.Goods, r.Shipping, r.RestockingFee, r.Goodwill,
        r.OffsetByExchange, r.Total, r.Explanation.Split('\n'), r.PaidAs.Split('\n'), r.CreatedAt, r.CreatedBy);
}
