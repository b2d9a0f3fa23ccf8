using System.Text.Json;
using Oms.Domain.Network;
using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>Builds a rule set from a parsed JSON document, collecting every field error before refusing.</summary>
internal sealed class RuleSetReader(RuleErrors errors)
{
    public static readonly string[] FilterTypes = ["locationType", "capability", "minAvailable", "sizeClass", "maxDistance", "channel", "paused"];
    public static readonly string[] RankerTypes = ["distance", "shippingCost", "priority", "deliveryDays", "shipments"];

    public SourcingRuleSet? Read(JsonElement root)
    {
        var doc = new JsonFields(root, "", errors);
        if (!doc.IsObject()) return null;
        doc.RejectUnknown("name", "pickupSourcing", "fewerShipmentsFirst", "filters", "rankers", "limits");
        var name = doc.String("name", required: true);
        var pickup = doc.Enum<PickupSourcing>("pickupSourcing") ?? PickupSourcing.ChosenStoreOnly;
        var fewer = doc.Bool("fewerShipmentsFirst") ?? true;
        var filters = (doc.Array("filters") ?? []).Select(ReadFilter).ToList();
        var rankers = (doc.Array("rankers") ?? []).Select(ReadRanker).ToList();
        var limits = doc.Object("limits") is { } l ? ReadLimits(l) : SourcingLimits.None;
        if (errors.Count > 0) return null;
        return errors.Build("", () => new SourcingRuleSet(name!, filters.OfType<SourcingFilter>().ToList(),
            rankers.OfType<SourcingRanker>().ToList(), limits, pickup, fewer));
    }

    private SourcingFilter? ReadFilter(JsonFields f)
    {
        if (!f.IsObject()) return null;
        var before = errors.Count;
        var type = f.String("type", required: true);
        var methods = f.Enums<DeliveryMethod>("methods");
        SourcingFilter? Done(Func<SourcingFilter> make, params string[] fields)
        {
            f.RejectUnknown(["type", "methods", .. fields]);
            return errors.Count == before ? errors.Build(f.Path, make) : null;
        }

        switch (type)
        {
            case null: return null;
            case "locationType":
                var include = f.Enums<LocationType>("include");
                var exclude = f.Enums<LocationType>("exclude");
                return Done(() => new LocationTypeFilter(include, exclude, methods), "include", "exclude");
            case "capability":
                var require = f.Enums<LocationCapabilities>("require", required: true);
                return Done(() => new CapabilityFilter(require!.Aggregate(LocationCapabilities.None, (a, c) => a | c), methods), "require");
            case "minAvailable":
                var units = f.Int("units", required: true);
                return Done(() => new MinAvailableFilter(units!.Value, methods), "units");
            case "sizeClass":
                var sizes = f.Enums<SizeClass>("exclude");
                var minimum = f.Enum<SizeClass>("minimum");
                return Done(() => new SizeClassFilter(sizes, minimum, methods), "exclude", "minimum");
            case "maxDistance":
                var km = f.Number("km", required: true);
                return Done(() => new MaxDistanceFilter(km!.Value, methods), "km");
            case "channel":
                var byLocation = CodeTable(f, "byLocation", Strings);
                var byType = TypeTable(f, "byLocationType", Strings);
                return Done(() => new ChannelFilter(byLocation, byType, methods), "byLocation", "byLocationType");
            case "paused":
                var locations = f.Strings("locations", required: true);
                return Done(() => new PausedLocationsFilter(locations!, methods), "locations");
            default:
                errors.Add(f.At("type"), $"unknown filter type '{type}' (expected one of: {string.Join(", ", FilterTypes)}).");
                return null;
        }
    }

    private SourcingRanker? ReadRanker(JsonFields f)
    {
        if (!f.IsObject()) return null;
        var before = errors.Count;
        var type = f.String("type", required: true);
        var weight = f.Number("weight") ?? 1;
        SourcingRanker? Done(Func<SourcingRanker> make, params string[] fields)
        {
            f.RejectUnknown(["type", "weight", .. fields]);
            return errors.Count == before ? errors.Build(f.Path, make) : null;
        }

        switch (type)
        {
            case null: return null;
            case "distance": return Done(() => new DistanceRanker(weight));
            case "shipments": return Done(() => new ShipmentsRanker(weight));
            case "priority":
                var locations = f.Strings("locations", required: true);
                return Done(() => new PriorityRanker(weight, locations!), "locations");
            case "shippingCost" or "deliveryDays":
                var byLocation = CodeTable(f, "byLocation", Number);
                var byType = TypeTable(f, "byLocationType", Number);
                var fallback = f.Number("default") ?? 0;
                return Done(() =>
                {
                    var table = new LocationTable(byLocation, byType, fallback);
                    return type == "shippingCost" ? new ShippingCostRanker(weight, table) : new DeliveryDaysRanker(weight, table);
                }, "byLocation", "byLocationType", "default");
            default:
                errors.Add(f.At("type"), $"unknown ranker type '{type}' (expected one of: {string.Join(", ", RankerTypes)}).");
                return null;
        }
    }

    private SourcingLimits ReadLimits(JsonFields f)
    {
        f.RejectUnknown("maxCandidates", "rankCandidatesBy", "maxShipments", "allowLineSplit");
        var maxCandidates = f.Int("maxCandidates");
        var by = f.Enum<CandidateOrder>("rankCandidatesBy") ?? CandidateOrder.Score;
        var maxShipments = f.Int("maxShipments");
        var split = f.Bool("allowLineSplit") ?? false;
        return errors.Build(f.Path, () => new SourcingLimits(maxCandidates, by, maxShipments, split)) ?? SourcingLimits.None;
    }

    private static (bool Ok, double Value) Number(JsonFields v) => v.AsNumber() is { } d ? (true, d) : (false, 0);
    private static (bool Ok, IReadOnlyList<string> Value) Strings(JsonFields v) => v.AsStrings() is { } s ? (true, s) : (false, []);

    private static Dictionary<string, T>? CodeTable<T>(JsonFields f, string name, Func<JsonFields, (bool Ok, T Value)> read)
    {
        if (f.Table(name) is not { } table) return null;
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in table)
            if (read(value) is (true, var v)) result[key] = v;
        return result;
    }

    private Dictionary<LocationType, T>? TypeTable<T>(JsonFields f, string name, Func<JsonFields, (bool Ok, T Value)> read)
    {
        if (f.Table(name) is not { } table) return null;
        var result = new Dictionary<LocationType, T>();
        foreach (var (key, value) in table)
            if (JsonFields.EnumKey<LocationType>(key, value.Path, errors) is { } type && read(value) is (true, var v)) result[type] = v;
        return result;
    }
}
