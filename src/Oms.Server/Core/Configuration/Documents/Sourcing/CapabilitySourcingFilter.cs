using System.Text.Json.Serialization;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Requires capabilities beyond the one the delivery method needs anyway.</summary>
/// <param name="Require">At least one capability.</param>
[RequiredFields("require")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilitySourcingFilter(IReadOnlyList<LocationCapability>? Require, IReadOnlyList<DeliveryMethod>? Methods = null)
    : SourcingFilterDocument(Methods);
