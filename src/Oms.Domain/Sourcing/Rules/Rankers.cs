using Oms.Domain.Network;

namespace Oms.Domain.Sourcing;

/// <summary>
/// Scores a candidate location for a line: a value in the ranker's own unit (km, currency, days, rank), multiplied
/// by <see cref="Weight"/> into points. Lower is better; a plan's score is the sum over its assignments.
/// </summary>
public abstract record SourcingRanker
{
    private protected SourcingRanker(double weight) => Weight = RuleGuard.NonNegative(weight, "weight");

    /// <summary>The name used in the JSON document's <c>type</c> field.</summary>
    public abstract string Type { get; }
    public double Weight { get; }

    /// <summary>The unit of <see cref="Value"/>, for the explanation.</summary>
    internal abstract string Unit { get; }

    /// <summary>The ranker's raw value for one candidate; the shipments ranker scores plans, not candidates, and returns 0.</summary>
    internal abstract double Value(in CandidateFacts candidate);
}

/// <summary>
/// Great-circle distance from the location to where the line goes. When that point is unknown the ranker is neutral
/// (0 points, shown as an unknown value): every location has coordinates, so a line's distances are all known or all
/// unknown, and neutral lets the other rankers decide instead of inventing an order. A "nearest N" limit and a
/// maximum-distance filter treat unknown distances themselves (see <see cref="MaxDistanceFilter"/>).
/// </summary>
public sealed record DistanceRanker : SourcingRanker
{
    public DistanceRanker(double weight) : base(weight) { }

    public override string Type => "distance";
    internal override string Unit => "km";
    internal override double Value(in CandidateFacts c) => c.DistanceKm ?? 0;
}

/// <summary>
/// The position in an explicit list (0 for the first); locations not listed come after all listed ones.
/// "Central DC first" is a list holding <see cref="SourcingRuleSet.CentralLocationAlias"/> with a weight that dwarfs distance.
/// </summary>
public sealed record PriorityRanker : SourcingRanker
{
    public PriorityRanker(double weight, IReadOnlyList<string> locations) : base(weight)
        => Locations = RuleGuard.Codes(locations ?? [], "locations");

    public override string Type => "priority";
    public IReadOnlyList<string> Locations { get; }
    internal override string Unit => "rank";

    internal override double Value(in CandidateFacts c)
    {
        for (var i = 0; i < Locations.Count; i++)
            if (c.IsNamedBy(Locations[i])) return i;
        return Locations.Count;
    }
}

/// <summary>A value per location code, else per location type, else a default: shipping cost or promised delivery days.</summary>
public sealed record LocationTable
{
    public LocationTable(IReadOnlyDictionary<string, double>? byLocation, IReadOnlyDictionary<LocationType, double>? byLocationType, double @default = 0)
    {
        ByLocation = RuleGuard.ByCode(byLocation, RuleGuard.NonNegative, "byLocation");
        var types = new Dictionary<LocationType, double>();
        foreach (var (type, value) in byLocationType ?? new Dictionary<LocationType, double>())
        {
            RuleGuard.Defined(type, "byLocationType");
            types[type] = RuleGuard.NonNegative(value, $"byLocationType.{type}");
        }
        ByLocationType = types;
        Default = RuleGuard.NonNegative(@default, "default");
    }

    public IReadOnlyDictionary<string, double> ByLocation { get; }
    public IReadOnlyDictionary<LocationType, double> ByLocationType { get; }
    public double Default { get; }

    internal double For(in CandidateFacts c)
        => c.TryGetByLocation(ByLocation, out var v) ? v
            : ByLocationType.TryGetValue(c.Location.Type, out v) ? v
            : Default;
}

/// <summary>Shipping cost of a parcel from the location, per location code (e.g. a drop-ship partner) or per location type.</summary>
public sealed record ShippingCostRanker : SourcingRanker
{
    public ShippingCostRanker(double weight, LocationTable costs) : base(weight) => Costs = costs ?? throw new ArgumentNullException(nameof(costs));
    public LocationTable Costs { get; }

    public override string Type => "shippingCost";
    internal override string Unit => "cost";
    internal override double Value(in CandidateFacts c) => Costs.For(c);
}

/// <summary>Promised delivery days from the location; with a drop-ship table this chooses the fastest partner.</summary>
public sealed record DeliveryDaysRanker : SourcingRanker
{
    public DeliveryDaysRanker(double weight, LocationTable days) : base(weight) => Days = days ?? throw new ArgumentNullException(nameof(days));
    public LocationTable Days { get; }

    public override string Type => "deliveryDays";
    internal override string Unit => "days";
    internal override double Value(in CandidateFacts c) => Days.For(c);
}

/// <summary>Points per shipment (distinct location) in the plan: fewer splits first, traded off against the other rankers.</summary>
public sealed record ShipmentsRanker : SourcingRanker
{
    public ShipmentsRanker(double weight) : base(weight) { }

    public override string Type => "shipments";
    internal override string Unit => "shipments";
    internal override double Value(in CandidateFacts c) => 0;
}
