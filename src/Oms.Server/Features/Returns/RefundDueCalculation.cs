using Microsoft.EntityFrameworkCore;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Persistence;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Works out the refund for some units of a return with <see cref="RefundCalculator"/>: the order's lines as sold, what
/// other returns of the order refunded before (goods and shipping), and whether every sold unit has then come back
/// (shipping). The caller passes the order it already loaded; only the order's other returns are read here.
/// </summary>
internal static class RefundDueCalculation
{
    /// <summary>The refund the goods received so far call for (units received as the sold item, not yet refunded); null when none.</summary>
    public static Task<RefundCalculation?> ForReceivedGoodsAsync(OmsDbContext db, Order order, ReturnOrder ret, ReturnPolicy policy,
        CancellationToken ct)
        => CalculateAsync(db, order, ret, policy, [.. ret.Lines.Where(l => l.GoodsReceivedQuantity > l.RefundedQuantity)
            .Select(l => (l, l.GoodsReceivedQuantity - l.RefundedQuantity))], null, ct);

    /// <summary>The refund for <paramref name="units"/> of the return, with goodwill; null when there is nothing to refund.</summary>
    public static async Task<RefundCalculation?> CalculateAsync(OmsDbContext db, Order order, ReturnOrder ret, ReturnPolicy policy,
        IReadOnlyList<(ReturnLine Line, int Quantity)> units, Goodwill? goodwill, CancellationToken ct)
    {
        var reason = policy.Reason(ret.ReasonCode) ?? ReturnPolicy.Default.Reason(ret.ReasonCode)
            ?? new ReturnReason(ret.ReasonCode, ret.ReasonCode);
        if (units.Count == 0 && goodwill is null) return null;
        var others = await db.ReturnOrders.AsNoTracking().Include(r => r.Lines).Include(r => r.Refunds)
            .Where(r => r.OrderId == ret.OrderId && r.Id != ret.Id).ToListAsync(ct);
        var all = others.Append(ret).Where(r => r.Status is not (ReturnStatus.Cancelled or ReturnStatus.Rejected)).ToList();

        var lines = units.Select(u =>
        {
            var sold = order.Lines.First(l => l.Id == u.Line.OrderLineId);
            var earlier = others.SelectMany(r => r.Lines).Where(l => l.OrderLineId == u.Line.OrderLineId).ToList();
            return new RefundLineInput(sold.Id, sold.LineNumber, sold.Sku, sold.Quantity, sold.UnitPrice, sold.Discount, sold.Tax,
                u.Quantity, earlier.Sum(l => l.RefundedQuantity) + u.Line.RefundedQuantity,
                earlier.Sum(l => l.RefundedAmount) + u.Line.RefundedAmount);
        }).ToList();
        // After this refund: what came back or was refunded per order line, this refund's units included.
        var now = units.ToDictionary(u => u.Line.Id, u => u.Quantity);
        var back = all.SelectMany(r => r.Lines).GroupBy(l => l.OrderLineId)
            .ToDictionary(g => g.Key, g => g.Sum(l => Math.Max(l.GoodsReceivedQuantity, l.RefundedQuantity + now.GetValueOrDefault(l.Id))));
        // An exchange is no order coming back: the customer keeps goods, so shipping goes back only when we were at fault.
        var wholeOrder = ret.Kind != ReturnKind.Exchange
            && order.Lines.Where(l => l.Status is not (LineStatus.Cancelled or LineStatus.PickupExpired))
                .All(l => back.GetValueOrDefault(l.Id) >= l.Quantity);
        var shippingBefore = all.SelectMany(r => r.Refunds).Sum(x => x.Shipping);
        return RefundCalculator.Calculate(new RefundInput(ret.Currency, lines, reason, policy.ShippingRefund, order.ShippingCharge,
            shippingBefore, wholeOrder, goodwill is null ? null : [goodwill]));
    }
}
