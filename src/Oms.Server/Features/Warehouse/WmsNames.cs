namespace Oms.Server.Features.Warehouse;

/// <summary>
/// Routing keys and queue names of the warehouse messages on the events exchange. A location code is used as it is,
/// so it must not contain '.', '*' or '#' (topic wildcards).
/// </summary>
public static class WmsNames
{
    /// <summary>The routing key the OMS publishes a location's release messages with.</summary>
    public static string ReleaseRoutingKey(string location) => $"wms.{location}.release";

    /// <summary>The durable quorum queue a location's WMS reads its releases from.</summary>
    public static string ReleaseQueue(string location) => $"wms.{location}.release";

    /// <summary>The routing key a location's WMS publishes its confirmations with (or it sends them straight to the queue).</summary>
    public static string InboundRoutingKey(string location) => $"wms.{location}.inbound";

    /// <summary>The binding of the inbound queue: every location's confirmations.</summary>
    public const string InboundPattern = "wms.*.inbound";

    /// <summary>The inbox source of a location's messages.</summary>
    public static string Source(string location) => $"wms:{location}";

    public const string SourcePrefix = "wms:";

    /// <summary>The location named by an inbound routing key (<c>wms.LOC.inbound</c>), or null.</summary>
    public static string? LocationOfRoutingKey(string routingKey)
    {
        var parts = routingKey.Split('.');
        return parts is ["wms", { Length: > 0 } location, "inbound"] ? location : null;
    }
}
