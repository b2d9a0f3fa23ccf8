using System.Text.Json.Serialization;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Only locations holding at least this many available units of the line's SKU.</summary>
/// <param name="Units">Not negative.</param>
[RequiredFields("units")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record MinAvailableSourcingFilter(int? Units, IReadOnlyList<DeliveryMethod>? Methods = null) : SourcingFilterDocument(Methods);
