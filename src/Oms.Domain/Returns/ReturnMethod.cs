namespace Oms.Domain.Returns;

/// <summary>How the goods come back.</summary>
public enum ReturnMethod
{
    /// <summary>The customer ships the parcel to a location (usually the central DC).</summary>
    ShipToLocation,
    /// <summary>The customer hands the goods in at a store (the selling store or any other).</summary>
    HandInAtStore,
    /// <summary>A carrier collects the parcel at the customer's address.</summary>
    CarrierCollection,
    /// <summary>Nothing comes back (a claim whose reason needs no goods back).</summary>
    NoGoodsBack,
}
