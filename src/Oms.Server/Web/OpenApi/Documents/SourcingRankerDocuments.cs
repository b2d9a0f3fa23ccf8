using System.Text.Json.Serialization;

namespace Oms.Server.Web.OpenApi.Documents;

/// <summary>A ranker, named by <c>type</c> (exact, camelCase): a value per candidate in its own unit, times its weight.</summary>
/// <param name="Weight">Multiplies the ranker's value into points; not negative; default 1.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DistanceSourcingRanker), "distance")]
[JsonDerivedType(typeof(ShipmentsSourcingRanker), "shipments")]
[JsonDerivedType(typeof(PrioritySourcingRanker), "priority")]
[JsonDerivedType(typeof(ShippingCostSourcingRanker), "shippingCost")]
[JsonDerivedType(typeof(DeliveryDaysSourcingRanker), "deliveryDays")]
public abstract record SourcingRankerDocument(double? Weight);

/// <summary>Great-circle km from the location to where the line goes.</summary>
public sealed record DistanceSourcingRanker(double? Weight = null) : SourcingRankerDocument(Weight);

/// <summary>Points per shipment (location) in the plan.</summary>
public sealed record ShipmentsSourcingRanker(double? Weight = null) : SourcingRankerDocument(Weight);

/// <summary>The position in a list (0 for the first); unlisted locations come after all listed ones.</summary>
/// <param name="Locations">Location codes (or <c>@central</c>), best first.</param>
public sealed record PrioritySourcingRanker(IReadOnlyList<string> Locations, double? Weight = null) : SourcingRankerDocument(Weight);

/// <summary>Shipping cost of a parcel from the location.</summary>
/// <param name="ByLocation">Location code → cost.</param>
/// <param name="ByLocationType">Location type (camelCase) → cost.</param>
/// <param name="Default">For locations in neither table; default 0.</param>
public sealed record ShippingCostSourcingRanker(IReadOnlyDictionary<string, double>? ByLocation = null,
    IReadOnlyDictionary<string, double>? ByLocationType = null, double? Default = null, double? Weight = null) : SourcingRankerDocument(Weight);

/// <summary>Promised delivery days from the location.</summary>
/// <param name="ByLocation">Location code → days.</param>
/// <param name="ByLocationType">Location type (camelCase) → days.</param>
/// <param name="Default">For locations in neither table; default 0.</param>
public sealed record DeliveryDaysSourcingRanker(IReadOnlyDictionary<string, double>? ByLocation = null,
    IReadOnlyDictionary<string, double>? ByLocationType = null, double? Default = null, double? Weight = null) : SourcingRankerDocument(Weight);
