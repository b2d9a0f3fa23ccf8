using Oms.Server.Core.Contracts;
using Oms.Domain.Network;

namespace Oms.Server.Features.Network;

/// <summary>
/// A location as <c>PUT /api/locations/{code}</c> and location imports send it. The whole record is replaced:
/// <c>capabilities</c> left out are the type's usual ones (a store ships, hands out pickups, takes returns and sells
/// over the counter), <c>timeZone</c> is Europe/Amsterdam, no <c>openingHours</c> means unknown hours. Only
/// <c>enabled</c> left out keeps the location's state (a new one is enabled).
/// </summary>
[RequiredFields("name", "type", "sizeClass", "latitude", "longitude")]
public sealed record LocationRequest(
    string? Code,
    string? Name,
    LocationType? Type,
    SizeClass? SizeClass,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string>? Capabilities = null,
    AddressRequest? Address = null,
    bool? Enabled = null,
    string? TimeZone = null,
    WeeklyHours? OpeningHours = null,
    string? CutOffTime = null);
