using Oms.Domain.Common;

namespace Oms.Domain.Sourcing;

/// <summary>
/// A sourcing rule set as data: filters remove candidate locations per line, rankers score the rest (lower is
/// better), limits bound the plan. The server reads it from and writes it to its stored document; compare two rule
/// sets by that document's text: record equality compares the filter and ranker lists by reference.
/// </summary>
public sealed record SourcingRuleSet
{
    public SourcingRuleSet(string name, IReadOnlyList<SourcingFilter> filters, IReadOnlyList<SourcingRanker> rankers,
        SourcingLimits? limits = null, PickupSourcing pickupSourcing = PickupSourcing.ChosenStoreOnly, bool fewerShipmentsFirst = true)
    {
        Name = Guard.NotEmpty(name, "name");
        if (!Enum.IsDefined(pickupSourcing))
            throw new BusinessRuleException("pickupSourcing", $"Unknown pickup sourcing {pickupSourcing}.");
        Filters = [.. filters];
        Rankers = [.. rankers];
        Limits = limits ?? SourcingLimits.None;
        PickupSourcing = pickupSourcing;
        FewerShipmentsFirst = fewerShipmentsFirst;
    }

    public string Name { get; }
    /// <summary>Applied in order; the first filter that rejects a candidate is the one the explanation names.</summary>
    public IReadOnlyList<SourcingFilter> Filters { get; }
    /// <summary>Combined as a weighted sum of each ranker's value (km, currency, days, rank, shipments).</summary>
    public IReadOnlyList<SourcingRanker> Rankers { get; }
    public SourcingLimits Limits { get; }
    public PickupSourcing PickupSourcing { get; }
    /// <summary>
    /// True: a plan with fewer shipments always beats one with more, whatever the scores. False: shipments only
    /// count through a <see cref="ShipmentsRanker"/>'s weight, traded off against the other rankers.
    /// </summary>
    public bool FewerShipmentsFirst { get; }

    /// <summary>Stands for the central location passed to the optimiser wherever a rule names a location code.</summary>
    public const string CentralLocationAlias = "@central";

    /// <summary>
    /// The built-in rules: the fewest shipments first; among plans with as many shipments, every shipped line from the
    /// central location when it holds the whole quantity, otherwise from the nearest shipping location that does (the
    /// foundation's fixed rule, exactly, for a one-line order); a pickup line from the chosen store only; no line split.
    /// </summary>
    public static SourcingRuleSet Default { get; } = new(
        "default",
        filters: [],
        rankers: [new PriorityRanker(100_000, [CentralLocationAlias]), new DistanceRanker(1)],
        limits: SourcingLimits.None,
        pickupSourcing: PickupSourcing.ChosenStoreOnly,
        fewerShipmentsFirst: true);
}
