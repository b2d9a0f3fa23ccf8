using Oms.Ui.Api.Models;

namespace Oms.Ui.Components.Store;

/// <summary>A pickup staged at the store: whose it is, what, and until when it waits (overdue once that has passed).</summary>
public sealed record StorePickup(WorkOrder FulfilmentOrder, bool Overdue)
{
    public string OrderNumber => FulfilmentOrder.OrderNumber;

    public Customer? Customer => FulfilmentOrder.Customer;

    /// <summary>The earliest pickup deadline of its lines, as the API gives it with the fulfilment order.</summary>
    public DateTime? CollectBy => FulfilmentOrder.CollectBy;

    public static StorePickup Of(WorkOrder fo, DateTime now) => new(fo, fo.CollectBy is { } by && by.ToUniversalTime() <= now);
}
