using System.Text.Json.Serialization;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Only locations within this great-circle distance of where the line goes (none when that is unknown).</summary>
/// <param name="Km">Not negative.</param>
[RequiredFields("km")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record MaxDistanceSourcingFilter(double? Km, IReadOnlyList<DeliveryMethod>? Methods = null) : SourcingFilterDocument(Methods);
