namespace Oms.Domain.Returns;

/// <summary>The answer for one requested line: may it come back, and if not, why (naming the line).</summary>
/// <param name="Returnable">Units of the line that may still come back, whatever was asked.</param>
public sealed record LineEligibility(Guid OrderLineId, int? LineNumber, int Requested, int Returnable, string? Refusal)
{
    public bool Eligible => Refusal is null;
}
