using System.Text.Json.Serialization;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>A filter, named by <c>type</c>.</summary>
/// <param name="Methods">The delivery methods the filter applies to; left out: every method.</param>
[RequiredFields]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LocationTypeSourcingFilter), "locationType")]
[JsonDerivedType(typeof(CapabilitySourcingFilter), "capability")]
[JsonDerivedType(typeof(MinAvailableSourcingFilter), "minAvailable")]
[JsonDerivedType(typeof(SizeClassSourcingFilter), "sizeClass")]
[JsonDerivedType(typeof(MaxDistanceSourcingFilter), "maxDistance")]
[JsonDerivedType(typeof(ChannelSourcingFilter), "channel")]
[JsonDerivedType(typeof(PausedSourcingFilter), "paused")]
public abstract record SourcingFilterDocument([property: JsonPropertyOrder(1)] IReadOnlyList<DeliveryMethod>? Methods);
