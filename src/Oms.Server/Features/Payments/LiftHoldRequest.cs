using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Payments;

[RequiredFields("reason")]
public sealed record LiftHoldRequest(string? Reason);
