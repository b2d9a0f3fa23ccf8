using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Returns;
using Oms.Persistence;

namespace Oms.Server.Features.Carriers;

/// <summary>
/// Where a return parcel travels: from the customer (the order's shipping address) to the location the goods are
/// expected at (its address in the network). <see cref="Problem"/> says why no label can be made when either is missing.
/// </summary>
internal sealed record ReturnParcelRoute(Address? Customer, Address? Location, string? CustomerEmail, string? Problem)
{
    public static async Task<ReturnParcelRoute> ForAsync(OmsDbContext db, ReturnOrder ret, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == ret.OrderId)
            .Select(o => new { o.ShippingAddress, o.CustomerEmail }).FirstOrDefaultAsync(ct);
        var location = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Code == ret.ExpectedLocationCode, ct);
        var problem = order?.ShippingAddress is null
            ? $"Order {ret.OrderNumber} has no shipping address to collect from or ship back from."
            : location?.Address is null
                ? $"Location {ret.ExpectedLocationCode} has no address in the network to send the return to."
                : null;
        return new ReturnParcelRoute(order?.ShippingAddress, location?.Address, order?.CustomerEmail, problem);
    }
}
