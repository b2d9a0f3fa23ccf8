using System.Text.Encodings.Web;
using System.Text.Json;
using Oms.Domain.Network;
using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>
/// Writes the canonical document: fixed property order, every setting explicit, unordered sets sorted, table keys
/// sorted. Two equivalent rule sets serialise to the same text, so a stored version can be compared and diffed.
/// </summary>
internal static class RuleSetWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(SourcingRuleSet r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("name", r.Name);
            w.WriteString("pickupSourcing", RuleSetNames.Of(r.PickupSourcing));
            w.WriteBoolean("fewerShipmentsFirst", r.FewerShipmentsFirst);
            w.WriteStartArray("filters");
            foreach (var f in r.Filters) WriteFilter(w, f);
            w.WriteEndArray();
            w.WriteStartArray("rankers");
            foreach (var k in r.Rankers) WriteRanker(w, k);
            w.WriteEndArray();
            WriteLimits(w, r.Limits);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFilter(Utf8JsonWriter w, SourcingFilter f)
    {
        w.WriteStartObject();
        w.WriteString("type", f.Type);
        switch (f)
        {
            case LocationTypeFilter t:
                Enums(w, "include", t.Include);
                Enums(w, "exclude", t.Exclude);
                break;
            case CapabilityFilter c:
                Enums(w, "require", Enum.GetValues<LocationCapabilities>().Where(v => v != LocationCapabilities.None && c.Require.HasFlag(v)).ToList());
                break;
            case MinAvailableFilter m:
                w.WriteNumber("units", m.Units);
                break;
            case SizeClassFilter s:
                Enums(w, "exclude", s.Exclude);
                if (s.Minimum is { } min) w.WriteString("minimum", RuleSetNames.Of(min));
                break;
            case MaxDistanceFilter d:
                w.WriteNumber("km", d.Km);
                break;
            case ChannelFilter ch:
                Table(w, "byLocation", ch.ByLocation, list => Strings(w, null, list));
                TypeTable(w, "byLocationType", ch.ByLocationType, list => Strings(w, null, list));
                break;
            case PausedLocationsFilter p:
                Strings(w, "locations", p.Locations);
                break;
            default:
                throw new InvalidOperationException($"No writer for filter {f.GetType().Name}.");
        }
        if (f.Methods is { } methods) Enums(w, "methods", methods);
        w.WriteEndObject();
    }

    private static void WriteRanker(Utf8JsonWriter w, SourcingRanker k)
    {
        w.WriteStartObject();
        w.WriteString("type", k.Type);
        w.WriteNumber("weight", k.Weight);
        switch (k)
        {
            case PriorityRanker p:
                Strings(w, "locations", p.Locations);
                break;
            case ShippingCostRanker c:
                WriteTable(w, c.Costs);
                break;
            case DeliveryDaysRanker d:
                WriteTable(w, d.Days);
                break;
        }
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, LocationTable t)
    {
        Table(w, "byLocation", t.ByLocation, w.WriteNumberValue);
        TypeTable(w, "byLocationType", t.ByLocationType, w.WriteNumberValue);
        w.WriteNumber("default", t.Default);
    }

    private static void WriteLimits(Utf8JsonWriter w, SourcingLimits l)
    {
        w.WriteStartObject("limits");
        if (l.MaxCandidates is { } n) w.WriteNumber("maxCandidates", n);
        w.WriteString("rankCandidatesBy", RuleSetNames.Of(l.RankCandidatesBy));
        if (l.MaxShipments is { } k) w.WriteNumber("maxShipments", k);
        w.WriteBoolean("allowLineSplit", l.AllowLineSplit);
        w.WriteEndObject();
    }

    private static void Enums<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> values) where T : struct, Enum
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in values.Order()) w.WriteStringValue(RuleSetNames.Of(v));
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string? name, IReadOnlyList<string> values)
    {
        if (name is null) w.WriteStartArray();
        else w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Table<T>(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, T> table, Action<T> value)
    {
        w.WriteStartObject(name);
        foreach (var key in table.Keys.Order(StringComparer.Ordinal))
        {
            w.WritePropertyName(key);
            value(table[key]);
        }
        w.WriteEndObject();
    }

    private static void TypeTable<T>(Utf8JsonWriter w, string name, IReadOnlyDictionary<LocationType, T> table, Action<T> value)
    {
        w.WriteStartObject(name);
        foreach (var key in table.Keys.Order())
        {
            w.WritePropertyName(RuleSetNames.Of(key));
            value(table[key]);
        }
        w.WriteEndObject();
    }
}
