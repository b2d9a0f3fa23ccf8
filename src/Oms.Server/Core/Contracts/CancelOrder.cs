using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Cancel the whole order (no lines named) or the given lines, until they ship.</summary>
public sealed record CancelOrder(string Order, IReadOnlyList<Guid>? LineIds, string? Reason) : ICommand<Order>;
