using System.Text.Json;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>
/// A sample order to plan without capturing it: the channel, where it goes (latitude and longitude, or postalCode and
/// country) and its lines. With <see cref="Key"/> and a <see cref="Document"/> or <see cref="Version"/>, that rule set stands in
/// for the key's active one; without, the active rule sets decide.
/// </summary>
[RequiredFields("channel", "lines")]
public sealed record SourcingTrialRequest(string? Channel, IReadOnlyList<SourcingTrialLine>? Lines, string? Key, int? Version,
    JsonElement? Document, double? Latitude = null, double? Longitude = null, string? PostalCode = null, string? Country = null);

/// <param name="PickupLocation">The store the customer would collect from (pickupInStore) or the carrier point.</param>
[RequiredFields("sku", "quantity")]
public sealed record SourcingTrialLine(string? Sku, int? Quantity, DeliveryMethod? DeliveryMethod = null, string? PickupLocation = null);
