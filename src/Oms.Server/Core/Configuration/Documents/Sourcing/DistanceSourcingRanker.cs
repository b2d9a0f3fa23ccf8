using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Great-circle km from the location to where the line goes.</summary>
[RequiredFields]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DistanceSourcingRanker(double? Weight = null) : SourcingRankerDocument(Weight);
