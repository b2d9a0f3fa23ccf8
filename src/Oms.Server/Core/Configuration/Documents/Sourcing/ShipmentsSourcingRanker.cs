using System.Text.Json.Serialization;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Points per shipment (location) in the plan.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ShipmentsSourcingRanker(double? Weight = null) : SourcingRankerDocument(Weight);
