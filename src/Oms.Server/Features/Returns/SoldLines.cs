using Microsoft.EntityFrameworkCore;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Persistence;

namespace Oms.Server.Features.Returns;

/// <summary>An order's lines as return eligibility sees them: what was sold, when it reached the customer, what other returns hold.</summary>
internal static class SoldLines
{
    private static readonly string[] CompletionTypes =
        [TimelineTypes.Line(LineStatus.Delivered), TimelineTypes.Line(LineStatus.Collected), TimelineTypes.Line(LineStatus.CarriedOut)];

    public static async Task<List<SoldLine>> OfAsync(OmsDbContext db, Order order, CancellationToken ct)
    {
        var others = await db.ReturnOrders.AsNoTracking().Include(r => r.Lines).Where(r => r.OrderId == order.Id).ToListAsync(ct);
        var skus = order.Lines.Select(l => l.Sku).Distinct().ToList();
        var categories = await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).Select(p => new { p.Sku, p.Category })
            .ToDictionaryAsync(p => p.Sku, p => p.Category, ct);
        return [.. order.Lines.OrderBy(l => l.LineNumber).Select(l => new SoldLine(l.Id, l.LineNumber, l.Sku,
            categories.GetValueOrDefault(l.Sku), l.Quantity, l.Status, CompletedAt(order, l), others.Sum(r => r.UnitsHeldFor(l.Id))))];
    }

    /// <summary>When the line reached the customer (the return window starts then); the order's time when not recorded.</summary>
    private static DateTime CompletedAt(Order order, OrderLine line)
        => order.Timeline.Where(t => t.LineId == line.Id && CompletionTypes.Contains(t.Type)).Select(t => (DateTime?)t.At).Max()
            ?? order.CreatedAt;
}
