namespace Oms.Server.Core;

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
