namespace Oms.Ui.Api.Models;

/// <summary>An order as the store counter needs it: the customer, the lines with their collection deadline, the fulfilment orders.</summary>
public sealed record PickupOrder(Guid Id, string Number, string Status, Customer? Customer, IReadOnlyList<PickupLine> Lines,
    IReadOnlyList<FulfilmentOrder> FulfilmentOrders);
