using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>Keeps only some location types (<c>include</c>) and/or drops others (<c>exclude</c>).</summary>
public sealed record LocationTypeFilter : SourcingFilter
{
    public LocationTypeFilter(IReadOnlyList<LocationType>? include, IReadOnlyList<LocationType>? exclude = null,
        IReadOnlyList<DeliveryMethod>? methods = null) : base(methods)
    {
        Include = [.. (include ?? []).Distinct()];
        Exclude = [.. (exclude ?? []).Distinct()];
        foreach (var t in Include.Concat(Exclude)) RuleGuard.Defined(t, "include");
        if (Include.Count == 0 && Exclude.Count == 0)
            throw new BusinessRuleException("include", "Name location types to include or to exclude.");
    }

    public override string Type => "locationType";
    public IReadOnlyList<LocationType> Include { get; }
    public IReadOnlyList<LocationType> Exclude { get; }

    internal override string? Reject(in CandidateFacts c)
        => (Include.Count > 0 && !Include.Contains(c.Location.Type)) || Exclude.Contains(c.Location.Type)
            ? $"location type {c.Location.Type} is not allowed"
            : null;
}

/// <summary>Requires capabilities beyond the one the delivery method needs anyway (e.g. Returns, for exchanges).</summary>
public sealed record CapabilityFilter : SourcingFilter
{
    public CapabilityFilter(LocationCapabilities require, IReadOnlyList<DeliveryMethod>? methods = null) : base(methods)
        => Require = require != LocationCapabilities.None
            ? require
            : throw new BusinessRuleException("require", "Name at least one capability.");

    public override string Type => "capability";
    public LocationCapabilities Require { get; }

    internal override string? Reject(in CandidateFacts c)
        => (c.Location.Capabilities & Require) == Require ? null : $"lacks capability {Require}";
}

/// <summary>Drops size classes: listed ones (<c>exclude</c>) and those below <c>minimum</c>. "Never the smallest stores" is exclude XS.</summary>
public sealed record SizeClassFilter : SourcingFilter
{
    public SizeClassFilter(IReadOnlyList<SizeClass>? exclude, SizeClass? minimum = null, IReadOnlyList<DeliveryMethod>? methods = null)
        : base(methods)
    {
        Exclude = [.. (exclude ?? []).Distinct().Order()];
        foreach (var s in Exclude) RuleGuard.Defined(s, "exclude");
        if (minimum is { } m) RuleGuard.Defined(m, "minimum");
        Minimum = minimum;
        if (Exclude.Count == 0 && Minimum is null)
            throw new BusinessRuleException("exclude", "Name size classes to exclude or a minimum size class.");
    }

    public override string Type => "sizeClass";
    public IReadOnlyList<SizeClass> Exclude { get; }
    public SizeClass? Minimum { get; }

    internal override string? Reject(in CandidateFacts c)
        => Exclude.Contains(c.Location.SizeClass) ? $"size class {c.Location.SizeClass} is excluded"
            : c.Location.SizeClass < Minimum ? $"size class below {Minimum}"
            : null;
}

/// <summary>Locations paused by the rule set, e.g. a store that stops shipping from store for a day.</summary>
public sealed record PausedLocationsFilter : SourcingFilter
{
    public PausedLocationsFilter(IReadOnlyList<string> locations, IReadOnlyList<DeliveryMethod>? methods = null) : base(methods)
        => Locations = RuleGuard.Codes(locations ?? [], "locations");

    public override string Type => "paused";
    public IReadOnlyList<string> Locations { get; }

    internal override string? Reject(in CandidateFacts c)
    {
        foreach (var code in Locations)
            if (c.IsNamedBy(code)) return "paused by the rule set";
        return null;
    }
}

/// <summary>
/// Which channels may use a location: a list per location code wins over a list per location type; a location
/// named in neither table serves every channel.
/// </summary>
public sealed record ChannelFilter : SourcingFilter
{
    public ChannelFilter(IReadOnlyDictionary<string, IReadOnlyList<string>>? byLocation,
        IReadOnlyDictionary<LocationType, IReadOnlyList<string>>? byLocationType, IReadOnlyList<DeliveryMethod>? methods = null)
        : base(methods)
    {
        ByLocation = RuleGuard.ByCode(byLocation, (list, field) => RuleGuard.Codes(list, field), "byLocation");
        var types = new Dictionary<LocationType, IReadOnlyList<string>>();
        foreach (var (type, list) in byLocationType ?? new Dictionary<LocationType, IReadOnlyList<string>>())
        {
            RuleGuard.Defined(type, "byLocationType");
            types[type] = RuleGuard.Codes(list, $"byLocationType.{type}");
        }
        ByLocationType = types;
    }

    public override string Type => "channel";
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByLocation { get; }
    public IReadOnlyDictionary<LocationType, IReadOnlyList<string>> ByLocationType { get; }

    internal override string? Reject(in CandidateFacts c)
    {
        if (!c.TryGetByLocation(ByLocation, out var allowed) && !ByLocationType.TryGetValue(c.Location.Type, out allowed))
            return null;
        return allowed.Contains(c.ChannelCode, StringComparer.Ordinal) ? null : $"channel {c.ChannelCode} may not use it";
    }
}
