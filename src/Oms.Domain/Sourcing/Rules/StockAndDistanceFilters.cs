using Oms.Domain.Common;
using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>
/// Only locations holding at least <see cref="Units"/> available units of the line's SKU (a threshold that keeps
/// the last units for walk-in customers). Independent of the line's quantity, which the optimiser checks anyway.
/// </summary>
public sealed record MinAvailableFilter : SourcingFilter
{
    public MinAvailableFilter(int units, IReadOnlyList<DeliveryMethod>? methods = null) : base(methods)
        => Units = Guard.NotNegative(units, "units");

    public override string Type => "minAvailable";
    public int Units { get; }

    internal override string? Reject(in CandidateFacts c)
        => c.Available >= Units ? null : $"holds fewer than {Units} available unit(s)";
}

/// <summary>
/// Only locations within <see cref="Km"/> (great-circle) of where the line goes. When that point is unknown no location
/// can be shown to be within reach, so the filter rejects it and says the distance is unknown (a promise that depends
/// on the distance, such as same-day delivery from a store, is not made blind).
/// </summary>
public sealed record MaxDistanceFilter : SourcingFilter
{
    public MaxDistanceFilter(double km, IReadOnlyList<DeliveryMethod>? methods = null) : base(methods)
        => Km = RuleGuard.NonNegative(km, "km");

    public override string Type => "maxDistance";
    public double Km { get; }

    internal override string? Reject(in CandidateFacts c)
        => c.DistanceKm is not { } d ? $"distance unknown: cannot tell whether it is within {Km:0.#} km"
            : d > Km ? $"farther than {Km:0.#} km from the destination"
            : null;
}
