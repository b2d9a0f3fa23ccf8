using System.Text.Json.Serialization;
using Oms.Domain.Network;
using Oms.Domain.Orders;

namespace Oms.Server.Web.OpenApi.Documents;

/// <summary>A filter, named by <c>type</c> (exact, camelCase).</summary>
/// <param name="Methods">The delivery methods the filter applies to; left out: every method.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LocationTypeSourcingFilter), "locationType")]
[JsonDerivedType(typeof(CapabilitySourcingFilter), "capability")]
[JsonDerivedType(typeof(MinAvailableSourcingFilter), "minAvailable")]
[JsonDerivedType(typeof(SizeClassSourcingFilter), "sizeClass")]
[JsonDerivedType(typeof(MaxDistanceSourcingFilter), "maxDistance")]
[JsonDerivedType(typeof(ChannelSourcingFilter), "channel")]
[JsonDerivedType(typeof(PausedSourcingFilter), "paused")]
public abstract record SourcingFilterDocument(IReadOnlyList<DeliveryMethod>? Methods);

/// <summary>Keeps only some location types and/or drops others; name at least one.</summary>
public sealed record LocationTypeSourcingFilter(IReadOnlyList<LocationType>? Include = null, IReadOnlyList<LocationType>? Exclude = null,
    IReadOnlyList<DeliveryMethod>? Methods = null) : SourcingFilterDocument(Methods);

/// <summary>Requires capabilities beyond the one the delivery method needs anyway.</summary>
/// <param name="Require">At least one capability.</param>
public sealed record CapabilitySourcingFilter(IReadOnlyList<LocationCapability> Require, IReadOnlyList<DeliveryMethod>? Methods = null)
    : SourcingFilterDocument(Methods);

/// <summary>Only locations holding at least this many available units of the line's SKU.</summary>
/// <param name="Units">Not negative.</param>
public sealed record MinAvailableSourcingFilter(int Units, IReadOnlyList<DeliveryMethod>? Methods = null) : SourcingFilterDocument(Methods);

/// <summary>Drops the listed size classes and those below a minimum; name at least one.</summary>
public sealed record SizeClassSourcingFilter(IReadOnlyList<SizeClass>? Exclude = null, SizeClass? Minimum = null,
    IReadOnlyList<DeliveryMethod>? Methods = null) : SourcingFilterDocument(Methods);

/// <summary>Only locations within this great-circle distance of where the line goes (none when that is unknown).</summary>
/// <param name="Km">Not negative.</param>
public sealed record MaxDistanceSourcingFilter(double Km, IReadOnlyList<DeliveryMethod>? Methods = null) : SourcingFilterDocument(Methods);

/// <summary>Which channels may use a location: a list per location code wins over one per location type; unnamed: every channel.</summary>
/// <param name="ByLocation">Location code → channel codes.</param>
/// <param name="ByLocationType">Location type (camelCase) → channel codes.</param>
public sealed record ChannelSourcingFilter(IReadOnlyDictionary<string, IReadOnlyList<string>>? ByLocation = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? ByLocationType = null, IReadOnlyList<DeliveryMethod>? Methods = null)
    : SourcingFilterDocument(Methods);

/// <summary>Locations the rule set pauses, e.g. a store that stops shipping for a day.</summary>
/// <param name="Locations">Location codes (or <c>@central</c>).</param>
public sealed record PausedSourcingFilter(IReadOnlyList<string> Locations, IReadOnlyList<DeliveryMethod>? Methods = null)
    : SourcingFilterDocument(Methods);

/// <summary>A location capability as rule sets name it.</summary>
public enum LocationCapability
{
    /// <summary>Ships parcels to customers.</summary>
    Ship,
    /// <summary>Hands orders to customers who collect them.</summary>
    Pickup,
    /// <summary>Accepts returns.</summary>
    Returns,
    /// <summary>Sells over the counter.</summary>
    CarryOut,
}
