using System.Text.Json.Serialization;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Locations the rule set pauses, e.g. a store that stops shipping for a day.</summary>
/// <param name="Locations">Location codes (or <c>@central</c>).</param>
[RequiredFields("locations")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PausedSourcingFilter(IReadOnlyList<string>? Locations, IReadOnlyList<DeliveryMethod>? Methods = null)
    : SourcingFilterDocument(Methods);
