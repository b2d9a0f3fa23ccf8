using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Sourcing;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>
/// A sourcing rule set and its document, both ways. Reading validates (400), then builds the model, whose constructors
/// refuse bad values (422, each under its path); writing gives the canonical text: fixed property order, every setting
/// explicit, sets and table keys sorted, so that two equivalent rule sets are the same text.
/// </summary>
public static class SourcingRuleSetDocuments
{
    private const string What = "sourcing rule set";
    private static readonly SourcingRuleSetDocumentValidator Validator = new();

    /// <summary>A stored version.</summary>
    public static SourcingRuleSet Read(string json) => ToModel(DocumentJson.Read<SourcingRuleSetDocument>(json, What));

    public static string Write(SourcingRuleSet rules) => DocumentJson.Write(ToDocument(rules));

    /// <summary>The rule set a document describes; <paramref name="path"/> is where the document sits in the request body.</summary>
    public static SourcingRuleSet ToModel(SourcingRuleSetDocument? document, string path = "")
    {
        var d = Validator.Check(document, path,
            "document must be a rule set (a JSON object); GET /api/sourcing/rule-sets/default-document shows one.");
        var errors = new ModelErrors(What);
        var filters = (d.Filters ?? []).Select((f, i) => errors.Build(ModelErrors.At(path, $"filters[{i}]"), () => Filter(f!))).ToList();
        var rankers = (d.Rankers ?? []).Select((r, i) => errors.Build(ModelErrors.At(path, $"rankers[{i}]"), () => Ranker(r!))).ToList();
        var limits = d.Limits is { } l
            ? errors.Build(ModelErrors.At(path, "limits"), () => new SourcingLimits(l.MaxCandidates, l.RankCandidatesBy ?? CandidateOrder.Score,
                l.MaxShipments, l.AllowLineSplit ?? false))
            : SourcingLimits.None;
        return errors.Finish(path, () => new SourcingRuleSet(d.Name!, [.. filters.OfType<SourcingFilter>()],
            [.. rankers.OfType<SourcingRanker>()], limits, d.PickupSourcing ?? PickupSourcing.ChosenStoreOnly, d.FewerShipmentsFirst ?? true));
    }

    public static SourcingRuleSetDocument ToDocument(SourcingRuleSet r)
        => new(r.Name, r.PickupSourcing, r.FewerShipmentsFirst, [.. r.Filters.Select(Filter)], [.. r.Rankers.Select(Ranker)],
            new SourcingLimitsDocument(r.Limits.MaxCandidates, r.Limits.RankCandidatesBy, r.Limits.MaxShipments, r.Limits.AllowLineSplit));

    private static SourcingFilter Filter(SourcingFilterDocument f) => f switch
    {
        LocationTypeSourcingFilter t => new LocationTypeFilter(t.Include, t.Exclude, t.Methods),
        CapabilitySourcingFilter c => new CapabilityFilter(
            c.Require!.Aggregate(LocationCapabilities.None, (all, x) => all | Flag(x)), c.Methods),
        MinAvailableSourcingFilter m => new MinAvailableFilter(m.Units!.Value, m.Methods),
        SizeClassSourcingFilter s => new SizeClassFilter(s.Exclude, s.Minimum, s.Methods),
        MaxDistanceSourcingFilter d => new MaxDistanceFilter(d.Km!.Value, d.Methods),
        ChannelSourcingFilter ch => new ChannelFilter(
            Lists(ch.ByLocation, "byLocation"), Lists(ch.ByLocationType, "byLocationType"), ch.Methods),
        PausedSourcingFilter p => new PausedLocationsFilter(p.Locations!, p.Methods),
        _ => throw new InvalidOperationException($"No model for filter {f.GetType().Name}."),
    };

    private static SourcingRanker Ranker(SourcingRankerDocument r)
    {
        var weight = r.Weight ?? 1;
        return r switch
        {
            DistanceSourcingRanker => new DistanceRanker(weight),
            ShipmentsSourcingRanker => new ShipmentsRanker(weight),
            PrioritySourcingRanker p => new PriorityRanker(weight, p.Locations!),
            ShippingCostSourcingRanker c => new ShippingCostRanker(weight, new LocationTable(c.ByLocation, c.ByLocationType, c.Default ?? 0)),
            DeliveryDaysSourcingRanker d => new DeliveryDaysRanker(weight, new LocationTable(d.ByLocation, d.ByLocationType, d.Default ?? 0)),
            _ => throw new InvalidOperationException($"No model for ranker {r.GetType().Name}."),
        };
    }

    private static SourcingFilterDocument Filter(SourcingFilter f)
    {
        var methods = f.Methods is { } given ? Sorted(given) : null;
        return f switch
        {
            LocationTypeFilter t => new LocationTypeSourcingFilter(Sorted(t.Include), Sorted(t.Exclude), methods),
            CapabilityFilter c => new CapabilitySourcingFilter(
                [.. Enum.GetValues<LocationCapability>().Where(x => c.Require.HasFlag(Flag(x)))], methods),
            MinAvailableFilter m => new MinAvailableSourcingFilter(m.Units, methods),
            SizeClassFilter s => new SizeClassSourcingFilter(Sorted(s.Exclude), s.Minimum, methods),
            MaxDistanceFilter d => new MaxDistanceSourcingFilter(d.Km, methods),
            ChannelFilter ch => new ChannelSourcingFilter(
                Sort(ch.ByLocation, Channels, StringComparer.Ordinal), Sort(ch.ByLocationType, Channels), methods),
            PausedLocationsFilter p => new PausedSourcingFilter(p.Locations, methods),
            _ => throw new InvalidOperationException($"No document for filter {f.GetType().Name}."),
        };
    }

    private static SourcingRankerDocument Ranker(SourcingRanker r) => r switch
    {
        DistanceRanker => new DistanceSourcingRanker(r.Weight),
        ShipmentsRanker => new ShipmentsSourcingRanker(r.Weight),
        PriorityRanker p => new PrioritySourcingRanker(p.Locations, r.Weight),
        ShippingCostRanker c => new ShippingCostSourcingRanker(Sort(c.Costs.ByLocation, v => v, StringComparer.Ordinal),
            Sort(c.Costs.ByLocationType, v => v), c.Costs.Default, r.Weight),
        DeliveryDaysRanker d => new DeliveryDaysSourcingRanker(Sort(d.Days.ByLocation, v => v, StringComparer.Ordinal),
            Sort(d.Days.ByLocationType, v => v), d.Days.Default, r.Weight),
        _ => throw new InvalidOperationException($"No document for ranker {r.GetType().Name}."),
    };

    private static LocationCapabilities Flag(LocationCapability c) => c switch
    {
        LocationCapability.Ship => LocationCapabilities.Ship,
        LocationCapability.Pickup => LocationCapabilities.Pickup,
        LocationCapability.Returns => LocationCapabilities.Returns,
        _ => LocationCapabilities.CarryOut,
    };

    /// <summary>A table of channel lists; a null list is refused under its key (<c>byLocation.STORE-7</c>).</summary>
    private static Dictionary<TKey, IReadOnlyList<string>>? Lists<TKey>(IReadOnlyDictionary<TKey, IReadOnlyList<string>?>? table, string field)
        where TKey : notnull
    {
        if (table is null) return null;
        var missing = table.Where(kv => kv.Value is null).Select(kv => $"{field}.{kv.Key}").ToList();
        if (missing.Count > 0)
            throw new BusinessRuleException("Every entry needs a list of channel codes.",
                missing.ToDictionary(m => m, _ => new[] { "must be an array of channel codes." }, StringComparer.Ordinal));
        return table.ToDictionary(kv => kv.Key, kv => kv.Value!);
    }

    private static IReadOnlyList<T>? Sorted<T>(IReadOnlyList<T> values) where T : struct, Enum => values.Count > 0 ? [.. values.Order()] : null;

    private static IReadOnlyList<string>? Channels(IReadOnlyList<string> codes) => codes;

    /// <summary>A table with its keys sorted (codes ordinally, location types in their order), so that the text is canonical.</summary>
    private static SortedDictionary<TKey, TValue> Sort<TKey, TSource, TValue>(IReadOnlyDictionary<TKey, TSource> table,
        Func<TSource, TValue> value, IComparer<TKey>? keys = null) where TKey : notnull
        => new(table.ToDictionary(kv => kv.Key, kv => value(kv.Value)), keys);
}
