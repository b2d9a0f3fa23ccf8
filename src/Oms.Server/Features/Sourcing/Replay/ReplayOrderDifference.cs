namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>An order the candidate would source differently from the active rule sets.</summary>
public sealed record ReplayOrderDifference(Guid OrderId, string Number, string Channel, DateTime CreatedAt,
    ReplayOrderOutcome Active, ReplayOrderOutcome Candidate);
