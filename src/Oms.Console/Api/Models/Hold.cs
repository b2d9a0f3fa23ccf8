namespace Oms.Ui.Api.Models;

/// <summary>A hold on the order.</summary>
public sealed record Hold(Guid Id, string Kind, string Reason, bool Active, DateTime PlacedAt, DateTime? LiftedAt, string? LiftedBy,
    string? LiftReason);
