namespace Oms.Server.Core;

/// <summary>The <c>Oms</c> configuration section.</summary>
public sealed class OmsOptions
{
    /// <summary>
    /// Fill an empty database with the demo network, channels, catalogue and demo sign-ins (public credentials). Unset, it
    /// is on for the embedded SQLite database (the laptop demo) and off for PostgreSQL (an installation).
    /// </summary>
    public bool? SeedDemoData { get; set; }
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
