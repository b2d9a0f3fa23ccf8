namespace Oms.Server.Core.Scheduling;

/// <summary>The <c>Scheduler</c> section.</summary>
public sealed class SchedulerOptions
{
    /// <summary>Run periodic sweeps on this node (each runs on one node at a time, whichever holds its lease).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often the scheduler looks for a sweep that is due.</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(5);
}
