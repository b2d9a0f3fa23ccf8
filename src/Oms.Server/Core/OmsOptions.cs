namespace Oms.Server.Core;

/// <summary>The <c>Oms</c> configuration section.</summary>
public sealed class OmsOptions
{
    /// <summary>Fill an empty database with the demo network, channels and catalogue.</summary>
    public bool SeedDemoData { get; set; } = true;
    /// <summary>The ISO 3166 region a phone number without a country code is read in ("06 1234 2699" is +31612342699 in NL).</summary>
    public string DefaultPhoneRegion { get; set; } = "NL";
    /// <summary>
    /// On PostgreSQL, how many commands this process runs at once; the rest wait their turn in the process. Commands on
    /// one hot stock row run one after the other whatever this says: waiting here instead of in a lock queue in the
    /// database keeps each statement's wait short (far from the command timeout) and the connections few. Keep it well
    /// below the connection pool's size. SQLite runs one writer at a time anyway.
    /// </summary>
    public int MaxConcurrentCommands { get; set; } = 16;
    public SourcingOptions Sourcing { get; set; } = new();
    public PickupOptions Pickup { get; set; } = new();
    public ReleaseOptions Release { get; set; } = new();
}

public enum ReleaseMode
{
    /// <summary>After the cancellation window (0 minutes: at once).</summary>
    Window,
    /// <summary>As soon as the order is allocated and on no hold.</summary>
    Immediate,
    /// <summary>At each location's daily cut-off (a wave), and not before the cancellation window; locations without one use the window.</summary>
    CutOff,
}

public sealed class ReleaseOptions
{
    /// <summary>When the workflow's release step lets fulfilment orders go.</summary>
    public ReleaseMode Mode { get; set; } = ReleaseMode.Window;
    /// <summary>
    /// Minutes after the workflow's release step before fulfilment orders go to their locations: the time in which an
    /// order can still be amended or cancelled without bothering a warehouse. 0 releases at once.
    /// </summary>
    public int CancellationWindowMinutes { get; set; } = 15;
    /// <summary>How often the background sweep releases what is due.</summary>
    public int SweepIntervalSeconds { get; set; } = 60;
}

public sealed class SourcingOptions
{
    /// <summary>The location the fixed rule tries first for shipped lines.</summary>
    public string CentralLocation { get; set; } = "DC-CENTRAL";
    /// <summary>Share (0–100 %) of an expected receipt that may be sold before the goods arrive.</summary>
    public int PreorderLimitPercent { get; set; } = 100;
}

public sealed class PickupOptions
{
    /// <summary>Days a customer has to collect, from the moment the order is ready for pickup.</summary>
    public int ExpiryDays { get; set; } = 7;
    /// <summary>How often the background sweep expires uncollected pickups.</summary>
    public int SweepIntervalMinutes { get; set; } = 15;
}
