using System.Text.Json.Serialization;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Great-circle km from the location to where the line goes.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DistanceSourcingRanker(double? Weight = null) : SourcingRankerDocument(Weight);
