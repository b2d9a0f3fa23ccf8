using Microsoft.EntityFrameworkCore;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Persistence;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Works out, on receipt, the refund the goods received on a return call for (units received as the sold item, not yet
/// refunded), with <see cref="RefundCalculator"/>: the order's lines as sold, what other returns of the order refunded
/// before, and whether every sold unit has now come back (shipping). Reads the order's figures only: the order is not
/// changed, and a store receiving another store's or channel's return may do so without reaching the order itself.
/// </summary>
internal static class RefundDueCalculation
{
    public static async Task<RefundCalculation?> CalculateAsync(OmsDbContext db, ReturnOrder ret, ReturnPolicy policy, CancellationToken ct)
    {
        var reason = policy.Reason(ret.ReasonCode);
        var due = ret.Lines.Where(l => l.GoodsReceivedQuantity > l.RefundedQuantity).ToList();
        if (reason is null || due.Count == 0) return null;
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == ret.OrderId)
            .Select(o => new { o.ShippingCharge, Lines = o.Lines.Select(l => new { l.Id, l.LineNumber, l.Sku, l.Quantity, l.UnitPrice,
                l.Discount, l.Tax, l.Status }).ToList() })
            .FirstAsync(ct);
        var others = await db.ReturnOrders.AsNoTracking().Include(r => r.Lines)
            .Where(r => r.OrderId == ret.OrderId && r.Id != ret.Id).ToListAsync(ct);
        var all = others.Append(ret).Where(r => r.Status is not (ReturnStatus.Cancelled or ReturnStatus.Rejected)).ToList();

        var lines = due.Select(d =>
        {
            var sold = order.Lines.First(l => l.Id == d.OrderLineId);
            var earlier = others.SelectMany(r => r.Lines).Where(l => l.OrderLineId == d.OrderLineId).ToList();
            return new RefundLineInput(sold.Id, sold.LineNumber, sold.Sku, sold.Quantity, sold.UnitPrice, sold.Discount, sold.Tax,
                d.GoodsReceivedQuantity - d.RefundedQuantity, earlier.Sum(l => l.RefundedQuantity) + d.RefundedQuantity,
                earlier.Sum(l => l.RefundedAmount) + d.RefundedAmount);
        }).ToList();
        var back = all.SelectMany(r => r.Lines).GroupBy(l => l.OrderLineId)
            .ToDictionary(g => g.Key, g => g.Sum(l => Math.Max(l.GoodsReceivedQuantity, l.RefundedQuantity)));
        var wholeOrder = order.Lines.Where(l => l.Status is not (LineStatus.Cancelled or LineStatus.PickupExpired))
            .All(l => back.GetValueOrDefault(l.Id) >= l.Quantity);
        // Shipping refunded before cannot be told apart in other returns' totals yet: no refund is paid before issue 10's
        // payment step, so there is none.
        return RefundCalculator.Calculate(new RefundInput(ret.Currency, lines, reason, policy.ShippingRefund, order.ShippingCharge, 0m,
            wholeOrder));
    }
}
