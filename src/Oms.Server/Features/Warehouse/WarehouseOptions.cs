namespace Oms.Server.Features.Warehouse;

/// <summary>
/// Configuration section <c>Warehouse</c>: which fulfilment locations (WMS, 3PL, store systems) talk to the OMS over
/// RabbitMQ instead of the HTTP API. A location listed in <see cref="Locations"/> gets its releases as messages on its own
/// queue, and its confirmations are read from <see cref="InboundQueue"/>. Nothing happens unless the bus is configured
/// (<c>Bus:RabbitMq</c>) and at least one location is listed.
/// </summary>
public sealed class WarehouseOptions
{
    public const string SectionName = "Warehouse";

    /// <summary>Codes of the locations served over the bus (e.g. <c>DC-3PL-TLB</c>), as in the network.</summary>
    public List<string> Locations { get; set; } = [];

    /// <summary>The queue every bus-served location's messages arrive on; each node runs one consumer of it.</summary>
    public string InboundQueue { get; set; } = "oms.wms.inbound";

    /// <summary>Whether this node consumes <see cref="InboundQueue"/> (nodes compete for its messages).</summary>
    public bool ConsumerEnabled { get; set; } = true;

    /// <summary>Unacknowledged messages the broker hands the consumer at a time.</summary>
    public ushort Prefetch { get; set; } = 32;

    /// <summary>
    /// Deliveries of one message before the broker dead-letters it. Only transient failures (the database is down)
    /// requeue a message; with <see cref="RetryDelay"/> between attempts the default rides out about ten minutes.
    /// </summary>
    public int DeliveryLimit { get; set; } = 300;

    /// <summary>Pause before a message whose handling failed for a reason that may pass is handed back to the queue.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Pause between attempts to start consuming while the broker cannot be reached at start-up.</summary>
    public TimeSpan StartRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    public bool Serves(string? location) => location is not null && Locations.Contains(location, StringComparer.Ordinal);
}
