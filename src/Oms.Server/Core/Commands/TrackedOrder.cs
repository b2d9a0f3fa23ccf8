using Oms.Domain.Orders;

namespace Oms.Server.Core.Commands;

/// <summary>An order a command touched, with what it had when loaded: the rest is what the command did.</summary>
/// <param name="KnownEntries">The last timeline sequence when loaded.</param>
/// <param name="KnownPendingCalls">Provider calls already pending when loaded (the relay retries those).</param>
internal sealed record TrackedOrder(Order Order, int KnownEntries, IReadOnlySet<Guid> KnownPendingCalls);
