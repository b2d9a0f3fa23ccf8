using Oms.Domain.Common;

namespace Oms.Server.Core.Contracts;

/// <summary>
/// An address as the OMS holds it: what the channel sent, and, when the channel sent no coordinates, those the OMS
/// took from its postal-code table, with <paramref name="GeocodedFrom"/> saying so (e.g. "postal-code NL 1012").
/// </summary>
public sealed record AddressResponse(
    string Name, string Line1, string? Line2, string PostalCode, string City, string Country,
    string? Phone, double? Latitude, double? Longitude, string? GeocodedFrom)
{
    public static AddressResponse? From(Address? a) => a is null ? null
        : new(a.Name, a.Line1, a.Line2, a.PostalCode, a.City, a.Country, a.Phone, a.Latitude, a.Longitude, a.GeocodedFrom);
}
