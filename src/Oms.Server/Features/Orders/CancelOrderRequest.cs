using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Orders;

/// <summary>Which lines to cancel (none means the whole order) and why; the reason goes on the timeline.</summary>
[RequiredFields]
public sealed record CancelOrderRequest(IReadOnlyList<Guid>? LineIds, string? Reason);
