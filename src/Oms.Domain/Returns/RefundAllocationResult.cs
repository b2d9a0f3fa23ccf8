namespace Oms.Domain.Returns;

/// <summary>Where a refund goes; <see cref="Unplaced"/> is what no instrument can take (the caller refuses or asks a person).</summary>
public sealed record RefundAllocationResult(IReadOnlyList<RefundPortion> Portions, decimal Unplaced, string? UnplacedReason)
{
    public decimal Placed => Portions.Sum(p => p.Amount);
}
