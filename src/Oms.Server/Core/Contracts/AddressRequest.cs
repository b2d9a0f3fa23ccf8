using Oms.Domain.Common;

namespace Oms.Server.Core.Contracts;

[RequiredFields("name", "line1", "postalCode", "city", "country")]
public sealed record AddressRequest(
    string? Name, string? Line1, string? Line2, string? PostalCode, string? City, string? Country,
    string? Phone = null, double? Latitude = null, double? Longitude = null)
{
    public Address ToAddress() => new(Name!, Line1!, Line2, PostalCode!, City!, Country!, Phone, Latitude, Longitude);

    public static AddressRequest? From(Address? a) => a is null ? null
        : new(a.Name, a.Line1, a.Line2, a.PostalCode, a.City, a.Country, a.Phone, a.Latitude, a.Longitude);
}
