namespace Oms.Carriers;

/// <summary>Which way a parcel travels: to the customer, or back from the customer to a location.</summary>
public enum ShipmentDirection
{
    Outbound,
    Return,
}
