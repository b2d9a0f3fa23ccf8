using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Fulfilment;

/// <summary>Which lines the location cannot fulfil and why (item not found, damaged).</summary>
[RequiredFields]
public sealed record RejectRequest(IReadOnlyList<Guid>? LineIds, string? Reason);
