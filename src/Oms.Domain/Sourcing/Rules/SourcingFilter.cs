using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>
/// Removes candidate locations for a line. The set of filters is closed (the parser knows each one);
/// each may be limited to some delivery methods, e.g. a size rule for pickup lines only.
/// </summary>
public abstract record SourcingFilter
{
    private protected SourcingFilter(IReadOnlyList<DeliveryMethod>? methods)
        => Methods = methods is { Count: > 0 } ? [.. methods.Distinct()] : null;

    /// <summary>The name used in the JSON document's <c>type</c> field.</summary>
    public abstract string Type { get; }

    /// <summary>The delivery methods this filter applies to; null means every method.</summary>
    public IReadOnlyList<DeliveryMethod>? Methods { get; }

    internal bool AppliesTo(DeliveryMethod method) => Methods is null || Methods.Contains(method);

    /// <summary>
    /// Null when the candidate passes; otherwise why it is removed, in words a person reads. The reason does not
    /// vary per location (the explanation groups locations by it).
    /// </summary>
    internal abstract string? Reject(in CandidateFacts candidate);
}
