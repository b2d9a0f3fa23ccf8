using System.Text.Json.Serialization;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Drops the listed size classes and those below a minimum; name at least one.</summary>
[RequiredFields]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SizeClassSourcingFilter(IReadOnlyList<SizeClass>? Exclude = null, SizeClass? Minimum = null,
    IReadOnlyList<DeliveryMethod>? Methods = null) : SourcingFilterDocument(Methods);
