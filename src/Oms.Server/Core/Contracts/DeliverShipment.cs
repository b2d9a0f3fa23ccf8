using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>The carrier delivered a parcel; a repeated report changes nothing.</summary>
public sealed record DeliverShipment(Guid ShipmentId) : ICommand<Order>;
