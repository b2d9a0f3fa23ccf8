using Oms.Domain.Orders;

namespace Oms.Server.Core.Commands;

/// <summary>A command result carrying an order: the bus answers with that order as it stands after the command's inline work.</summary>
public interface IOrderResult
{
    Order Order { get; }
    IOrderResult With(Order order);
}
