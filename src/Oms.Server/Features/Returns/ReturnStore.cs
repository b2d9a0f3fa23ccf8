using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Returns;
using Oms.Persistence;
using Oms.Server.Core.Access;
using Oms.Server.Core.Orders;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Loads return orders whole and answers who may reach one: whoever may reach its order, and a caller bound to locations
/// whose location is where the goods are expected (a store that takes in another channel's return). Anything else is 404,
/// worded as for a return that does not exist.
/// </summary>
internal static class ReturnStore
{
    public static IQueryable<ReturnOrder> ReturnsWithEverything(this OmsDbContext db) => db.ReturnOrders
        .Include(r => r.Lines).Include(r => r.Receipts).Include(r => r.Timeline).Include(r => r.Refunds).AsSplitQuery();

    public static async Task<ReturnOrder> VisibleReturnAsync(this OmsDbContext db, AccessScope access, Guid id, CancellationToken ct)
    {
        var found = await db.ReturnsWithEverything().FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Return order", id.ToString());
        if (access.Unrestricted) return found;
        if (access.Channel is null && access.Locations is not null && found.ExpectedLocationCode is { } expected
            && access.CanSeeLocation(expected)) return found;
        var order = await db.WithEverything().AsNoTracking().FirstOrDefaultAsync(o => o.Id == found.OrderId, ct);
        return order is not null && access.CanSee(order) ? found : throw new NotFoundException("Return order", id.ToString());
    }

    /// <summary>The returns of an order, oldest first.</summary>
    public static Task<List<ReturnOrder>> ReturnsOfAsync(this OmsDbContext db, Guid orderId, CancellationToken ct)
        => db.ReturnsWithEverything().Where(r => r.OrderId == orderId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(ct);
}
