using System.Text.Json.Serialization;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Keeps only some location types and/or drops others; name at least one.</summary>
[RequiredFields]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record LocationTypeSourcingFilter(IReadOnlyList<LocationType>? Include = null, IReadOnlyList<LocationType>? Exclude = null,
    IReadOnlyList<DeliveryMethod>? Methods = null) : SourcingFilterDocument(Methods);
