using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>The location cannot fulfil the given lines (all open lines when none): they are sourced again elsewhere.</summary>
public sealed record RejectFulfilment(Guid FulfilmentOrderId, IReadOnlyList<Guid>? LineIds, string? Reason) : ICommand<Order>;
