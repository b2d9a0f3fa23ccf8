namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>A location capability as rule sets name it (<c>Oms.Domain.Network.LocationCapabilities</c>, one at a time).</summary>
public enum LocationCapability
{
    /// <summary>Ships parcels to customers.</summary>
    Ship,
    /// <summary>Hands orders to customers who collect them.</summary>
    Pickup,
    /// <summary>Accepts returns.</summary>
    Returns,
    /// <summary>Sells over the counter.</summary>
    CarryOut,
}
