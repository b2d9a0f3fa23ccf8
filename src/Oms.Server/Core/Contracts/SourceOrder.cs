using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Source the order's waiting lines (back-ordered, in the exception queue) again now.</summary>
public sealed record SourceOrder(string Order) : ICommand<Order>;
