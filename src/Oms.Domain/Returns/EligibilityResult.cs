using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>The answer for a whole return request: per line, plus a refusal of the request itself (an unknown reason).</summary>
public sealed record EligibilityResult(ReturnReason? Reason, IReadOnlyList<LineEligibility> Lines, string? Refusal)
{
    public bool IsEligible => Refusal is null && Lines.Count > 0 && Lines.All(l => l.Eligible);

    /// <summary>Refuses (422) with one field error per refused line (<c>lines[1].quantity</c>); nothing is created then.</summary>
    public void ThrowIfRefused()
    {
        if (IsEligible) return;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Refusal is not null) errors["reason"] = [Refusal];
        if (Lines.Count == 0) errors["lines"] = ["Say which lines and how many units come back."];
        for (var i = 0; i < Lines.Count; i++)
            if (Lines[i].Refusal is { } why) errors[$"lines[{i}]"] = [why];
        var first = errors.First().Value[0];
        throw new BusinessRuleException(errors.Count == 1 ? first : $"{first} (and {errors.Count - 1} more)", errors);
    }
}
