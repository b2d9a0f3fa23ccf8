using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>One amendment of an order before release.</summary>
public sealed record AmendOrder(string Order, AmendOrderRequest Amendment) : ICommand<Order>;
