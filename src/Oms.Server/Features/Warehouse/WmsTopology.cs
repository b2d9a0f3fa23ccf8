using Oms.Messaging.RabbitMq;

namespace Oms.Server.Features.Warehouse;

/// <summary>The warehouse queues: one release queue per bus-served location, and the one inbound queue.</summary>
internal static class WmsTopology
{
    public static async Task DeclareAsync(BusTopology topology, WarehouseOptions options, CancellationToken ct)
    {
        await topology.DeclareConsumerQueueAsync(Inbound(options), ct);
        foreach (var location in options.Locations)
        {
            await topology.DeclareConsumerQueueAsync(
                new ConsumerQueue(WmsNames.ReleaseQueue(location), [WmsNames.ReleaseRoutingKey(location)], options.DeliveryLimit), ct);
        }
    }

    public static ConsumerQueue Inbound(WarehouseOptions options)
        => new(options.InboundQueue, [WmsNames.InboundPattern], options.DeliveryLimit);
}
