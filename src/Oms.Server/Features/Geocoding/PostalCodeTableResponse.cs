using Oms.Domain.Geocoding;

namespace Oms.Server.Features.Geocoding;

/// <summary>A country's loaded postal-code table: how many rows, from where, loaded when and by whom.</summary>
public sealed record PostalCodeTableResponse(string Country, int Rows, string Source, DateTime LoadedAt, string LoadedBy)
{
    public static PostalCodeTableResponse From(PostalCodeTableLoad l) => new(l.Country, l.Rows, l.Source, l.LoadedAt, l.LoadedBy);
}
