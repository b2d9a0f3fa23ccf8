using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Points per shipment (location) in the plan.</summary>
[RequiredFields]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ShipmentsSourcingRanker(double? Weight = null) : SourcingRankerDocument(Weight);
