using System.Text.Json.Serialization;
using Oms.Domain.Network;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Promised delivery days from the location.</summary>
/// <param name="ByLocation">Location code → days.</param>
/// <param name="ByLocationType">Location type → days.</param>
/// <param name="Default">For locations in neither table; default 0.</param>
[RequiredFields]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DeliveryDaysSourcingRanker(IReadOnlyDictionary<string, double>? ByLocation = null,
    IReadOnlyDictionary<LocationType, double>? ByLocationType = null, double? Default = null, double? Weight = null)
    : SourcingRankerDocument(Weight);
