using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>A ranker, named by <c>type</c>: a value per candidate in its own unit, times its weight.</summary>
/// <param name="Weight">Multiplies the ranker's value into points; not negative; default 1.</param>
[RequiredFields]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DistanceSourcingRanker), "distance")]
[JsonDerivedType(typeof(ShipmentsSourcingRanker), "shipments")]
[JsonDerivedType(typeof(PrioritySourcingRanker), "priority")]
[JsonDerivedType(typeof(ShippingCostSourcingRanker), "shippingCost")]
[JsonDerivedType(typeof(DeliveryDaysSourcingRanker), "deliveryDays")]
public abstract record SourcingRankerDocument([property: JsonPropertyOrder(-1)] double? Weight);
