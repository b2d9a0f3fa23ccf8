using System.Text.Json.Serialization;
using Oms.Domain.Network;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Shipping cost of a parcel from the location.</summary>
/// <param name="ByLocation">Location code → cost.</param>
/// <param name="ByLocationType">Location type → cost.</param>
/// <param name="Default">For locations in neither table; default 0.</param>
[RequiredFields]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ShippingCostSourcingRanker(IReadOnlyDictionary<string, double>? ByLocation = null,
    IReadOnlyDictionary<LocationType, double>? ByLocationType = null, double? Default = null, double? Weight = null)
    : SourcingRankerDocument(Weight);
