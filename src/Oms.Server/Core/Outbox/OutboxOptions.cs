namespace Oms.Server.Core.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    /// <summary>Run the relay on this node (every node may; each delivery is claimed by one at a time).</summary>
    public bool RelayEnabled { get; set; } = true;
    /// <summary>How often the relay looks for due work when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How long a node owns a claimed delivery; past it another node may take it over (the first one died).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    public int BatchSize { get; set; } = 20;
    /// <summary>Delivered events are kept this long (for the API and a redrive), then purged.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
