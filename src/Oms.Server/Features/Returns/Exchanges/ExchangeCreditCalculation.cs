using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Persistence;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>
/// The credit an exchange's returned units give: the refund <see cref="RefundCalculator"/> would pay for them — the unit price
/// less their share of the line's discount, with their share of its tax, after what earlier returns of the order refunded —
/// less the reason's restocking fee (none for the usual reasons; a retailer who charges one on exchanges says so in the
/// reason), and without shipping: the order was delivered, and an exchange keeps the sale.
/// </summary>
internal static class ExchangeCreditCalculation
{
    public static async Task<decimal> CalculateAsync(OmsDbContext db, Order order, ReturnOrder ret, ReturnPolicy policy,
        CancellationToken ct)
    {
        var reason = policy.Reason(ret.ReasonCode) ?? throw new BusinessRuleException("reason", $"Unknown reason '{ret.ReasonCode}'.");
        var others = await db.ReturnOrders.AsNoTracking().Include(r => r.Lines)
            .Where(r => r.OrderId == order.Id && r.Id != ret.Id).ToListAsync(ct);
        var lines = ret.Lines.Select(l =>
        {
            var sold = order.Lines.First(x => x.Id == l.OrderLineId);
            var earlier = others.SelectMany(r => r.Lines).Where(x => x.OrderLineId == l.OrderLineId).ToList();
            return new RefundLineInput(sold.Id, sold.LineNumber, sold.Sku, sold.Quantity, sold.UnitPrice, sold.Discount, sold.Tax,
                l.Quantity, earlier.Sum(x => x.RefundedQuantity), earlier.Sum(x => x.RefundedAmount));
        }).ToList();
        return RefundCalculator.Calculate(new RefundInput(ret.Currency, lines, reason, policy.ShippingRefund, ShippingCharge: 0m)).Total;
    }
}
