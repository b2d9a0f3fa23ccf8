using Oms.Domain.Common;

namespace Oms.Domain.Network;

public enum LocationType { DistributionCenter, Store, ExternalDc, DropShipSupplier, CarrierPickupPoint }

/// <summary>Size classes order from smallest to largest; rules such as "never the smallest stores" compare them.</summary>
public enum SizeClass { XS, S, M, L, XL }

[Flags]
public enum LocationCapabilities
{
    None = 0,
    /// <summary>Ships parcels to customers (a DC, ship-from-store, a 3PL, a drop-ship supplier).</summary>
    Ship = 1,
    /// <summary>Hands orders to customers who come to collect them.</summary>
    Pickup = 2,
    /// <summary>Accepts returns.</summary>
    Returns = 4,
    /// <summary>Sells over the counter (a store's POS).</summary>
    CarryOut = 8,
}

/// <summary>A node of the fulfilment network: where stock lives or where a customer picks up.</summary>
public sealed class Location
{
    private Location() { Code = null!; Name = null!; }

    public Location(string code, string name, LocationType type, double latitude, double longitude,
        SizeClass sizeClass, LocationCapabilities capabilities, Address? address = null)
    {
        Code = Guard.NotEmpty(code, "code");
        Name = Guard.NotEmpty(name, "name");
        Type = type;
        var p = new GeoPoint(latitude, longitude);
        Latitude = p.Latitude;
        Longitude = p.Longitude;
        SizeClass = sizeClass;
        Capabilities = capabilities;
        Address = address;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public LocationType Type { get; private set; }
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public SizeClass SizeClass { get; private set; }
    public LocationCapabilities Capabilities { get; private set; }
    public Address? Address { get; private set; }
    public bool Enabled { get; private set; } = true;

    public GeoPoint Point => new(Latitude, Longitude);
    public bool Can(LocationCapabilities capability) => Enabled && (Capabilities & capability) == capability;

    /// <summary>Only locations that hold stock can be sourced from; a carrier pickup point never does.</summary>
    public bool HoldsStock => Type != LocationType.CarrierPickupPoint;
}
