using System.Text.Json.Serialization;
using Oms.Domain.Orders;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Locations the rule set pauses, e.g. a store that stops shipping for a day.</summary>
/// <param name="Locations">Location codes (or <c>@central</c>).</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PausedSourcingFilter(IReadOnlyList<string>? Locations, IReadOnlyList<DeliveryMethod>? Methods = null)
    : SourcingFilterDocument(Methods);
