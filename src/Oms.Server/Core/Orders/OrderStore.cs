using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;

namespace Oms.Server.Core.Orders;

/// <summary>Loads the order aggregate whole: lines, fulfilment orders, shipments and timeline.</summary>
public static class OrderStore
{
    public static IQueryable<Order> WithEverything(this OmsDbContext db) => db.Orders
        .Include(o => o.Lines)
        .Include(o => o.FulfilmentOrders).ThenInclude(f => f.Rejections)
        .Include(o => o.Shipments)
        .Include(o => o.Timeline)
        .Include(o => o.Payments).ThenInclude(p => p.Transactions)
        .Include(o => o.Holds)
        .AsSplitQuery();

    /// <summary>By id or by order number; 404 when neither matches.</summary>
    public static async Task<Order> LoadAsync(this OmsDbContext db, string idOrNumber, CancellationToken ct)
    {
        var order = Guid.TryParse(idOrNumber, out var id)
            ? await db.WithEverything().FirstOrDefaultAsync(o => o.Id == id, ct)
            : await db.WithEverything().FirstOrDefaultAsync(o => o.Number == idOrNumber, ct);
        return order ?? throw new NotFoundException("Order", idOrNumber);
    }

    public static async Task<Order> LoadByFulfilmentOrderAsync(this OmsDbContext db, Guid fulfilmentOrderId, CancellationToken ct)
    {
        var orderId = await db.FulfilmentOrders.Where(f => f.Id == fulfilmentOrderId).Select(f => (Guid?)f.OrderId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Fulfilment order", fulfilmentOrderId.ToString());
        return await db.WithEverything().FirstAsync(o => o.Id == orderId, ct);
    }

    public static async Task<Order> LoadByShipmentAsync(this OmsDbContext db, Guid shipmentId, CancellationToken ct)
    {
        var orderId = await db.Shipments.Where(s => s.Id == shipmentId).Select(s => (Guid?)s.OrderId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Shipment", shipmentId.ToString());
        return await db.WithEverything().FirstAsync(o => o.Id == orderId, ct);
    }
}
