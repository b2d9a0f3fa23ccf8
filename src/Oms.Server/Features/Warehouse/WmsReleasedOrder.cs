using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Warehouse;

/// <summary>The released fulfilment order: what to pick, for whom, where to, how.</summary>
public sealed record WmsReleasedOrder(Guid Id, string Number, Guid OrderId, string OrderNumber, string Channel, string ChannelOrderId,
    DeliveryMethod DeliveryMethod, string? TransferTo, DateTime? ReleasedAt, WmsCustomer Customer, AddressResponse? ShipTo,
    IReadOnlyList<WmsReleasedLine> Lines);
