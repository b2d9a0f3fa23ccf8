using Oms.Domain.Common;

namespace Oms.Domain.Orders;

public sealed partial class Order
{
    private static readonly Actor Geocoding = new("system", "geocoding");

    /// <summary>
    /// Fills the coordinates of the shipping addresses that came without them (the order's, and those of its active
    /// lines), so that sourcing measures distances to the right area instead of not at all. <paramref name="geocode"/>
    /// returns the address with coordinates and <see cref="Address.GeocodedFrom"/> set, or null when it cannot place it.
    /// Each filled address is a timeline entry; nothing else about the order changes.
    /// </summary>
    /// <returns>How many addresses were filled.</returns>
    public int GeocodeAddresses(Func<Address, Address?> geocode, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(geocode);
        var filled = 0;
        if (ShippingAddress is { Point: null } own && Filled(geocode(own)) is { } address)
        {
            ShippingAddress = address;
            Record(now, Geocoding, "address.geocoded",
                $"Shipping address has no coordinates: placed at the centre of {address.GeocodedFrom}.");
            filled++;
        }
        foreach (var line in LinesWithoutCoordinates().ToList())
        {
            if (Filled(geocode(line.ShippingAddress!)) is not { } lineAddress) continue;
            line.SetGeocodedAddress(lineAddress);
            Record(now, Geocoding, "address.geocoded",
                $"Line {line.LineNumber}'s shipping address has no coordinates: placed at the centre of {lineAddress.GeocodedFrom}.",
                line.Id);
            filled++;
        }
        return filled;
    }

    /// <summary>The shipping addresses <see cref="GeocodeAddresses"/> would try to fill.</summary>
    public IEnumerable<Address> ShippingAddressesWithoutCoordinates()
        => (ShippingAddress is { Point: null } own ? [own] : Enumerable.Empty<Address>())
            .Concat(LinesWithoutCoordinates().Select(l => l.ShippingAddress!));

    private IEnumerable<OrderLine> LinesWithoutCoordinates() => _lines.Where(l => l.IsActive && l.ShippingAddress is { Point: null });

    /// <summary>Only an answer that actually carries coordinates and says where they came from counts.</summary>
    private static Address? Filled(Address? a) => a is { Point: not null, GeocodedFrom: not null } ? a : null;
}
