namespace Oms.Server.Core;

public sealed class PickupOptions
{
    /// <summary>Days a customer has to collect, from the moment the order is ready for pickup.</summary>
    public int ExpiryDays { get; set; } = 7;
    /// <summary>How often the background sweep expires uncollected pickups.</summary>
    public int SweepIntervalMinutes { get; set; } = 15;
}
