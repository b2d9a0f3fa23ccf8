using System.Text.Json.Serialization;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Which channels may use a location: a list per location code wins over one per location type; unnamed: every channel.</summary>
/// <param name="ByLocation">Location code → channel codes.</param>
/// <param name="ByLocationType">Location type → channel codes.</param>
[RequiredFields]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ChannelSourcingFilter(IReadOnlyDictionary<string, IReadOnlyList<string>?>? ByLocation = null,
    IReadOnlyDictionary<LocationType, IReadOnlyList<string>?>? ByLocationType = null, IReadOnlyList<DeliveryMethod>? Methods = null)
    : SourcingFilterDocument(Methods);
