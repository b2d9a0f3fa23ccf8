using Oms.Ui.Api.Models;

namespace Oms.Ui.Components.Store;

/// <summary>A pickup staged at the store: whose it is, what, and until when it waits (overdue once that has passed).</summary>
public sealed record StorePickup(WorkOrder FulfilmentOrder, PickupOrder Order, DateTime? CollectBy, bool Overdue)
{
    public static StorePickup Of(PickupOrder order, WorkOrder fo, DateTime now)
    {
        var collectBy = order.Lines.Where(l => l.FulfilmentOrderId == fo.Id && l.PickupExpiresAt is not null)
            .Select(l => l.PickupExpiresAt).Min();
        return new StorePickup(fo, order, collectBy, collectBy is { } by && by.ToUniversalTime() <= now);
    }
}
