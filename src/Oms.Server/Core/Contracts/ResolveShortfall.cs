using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>
/// One order's lines at a location that has fewer units on hand than it promised: the newest promises there give their
/// units back and are sourced again (or back-ordered, or queued as exceptions where the channel takes no back-orders).
/// </summary>
public sealed record ResolveShortfall(Guid OrderId, string Location, string Sku) : ICommand<Order>;
