using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Oms.Messaging.Bus;
using Oms.Messaging.RabbitMq;
using Oms.Persistence;
using Oms.Server.Core.Events;
using Oms.Server.Core.Json;
using Oms.Server.Core.Orders;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Warehouse;

/// <summary>
/// Sends a fulfilment order released to a bus-served location to that location's queue, after the release committed and
/// with the relay's retries: one message per fulfilment order, with all its lines, published with the routing key
/// <c>wms.{LOCATION}.release</c> once the broker confirmed it. A release moves every line of a fulfilment order at once,
/// and each line has its <c>line.released</c> event; the event of the release's first line sends the message, the others
/// do nothing. The message id is fixed per fulfilment order, so a message sent again is recognisable.
/// </summary>
public sealed partial class WmsRelease(IBusPublisher publisher, BusTopology topology, IOptions<RabbitMqOptions> bus,
    IOptions<WarehouseOptions> options, TimeProvider clock, ILogger<WmsRelease> log) : IOutboxHandler
{
    private const string Released = "line.released";
    private int _declared;

    public string Name => "wms-release";
    public bool RunsInline => false;
    public RetryPolicy Retry => new(TimeSpan.FromSeconds(2), 2, TimeSpan.FromMinutes(10), 200);

    public bool Wants(string eventType, bool isInternal)
        => !isInternal && eventType == Released && bus.Value.IsConfigured && options.Value.Locations.Count > 0;

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        var data = JsonSerializer.Deserialize<OrderEventData>(message.Data, OmsJson.Options);
        if (data?.FulfilmentOrder is not { } released || !options.Value.Serves(released.Location)) return HandlerResult.Done;

        var db = services.GetRequiredService<OmsDbContext>();
        var order = await db.LoadByFulfilmentOrderAsync(released.Id, ct);
        var first = order.Timeline.Where(t => t.Type == Released && t.SubjectId == released.Id).Min(t => (int?)t.Sequence);
        if (first != data.Sequence) return HandlerResult.Done;

        var fo = order.FulfilmentOrders.First(f => f.Id == released.Id);
        var body = WmsReleaseMessage.From(order, fo, clock.GetUtcNow().UtcDateTime);
        try
        {
            await DeclareOnceAsync(ct);
            await publisher.PublishAsync(new BusMessage(body.MessageId, WmsNames.ReleaseRoutingKey(fo.LocationCode),
                Encoding.UTF8.GetBytes(OmsJson.Serialize(body)))
            {
                ContentType = "application/json; charset=utf-8",
                Timestamp = message.OccurredAt,
                CorrelationId = order.Number,
            }, ct);
            return HandlerResult.Done;
        }
        catch (BusPublishException e)
        {
            LogNotSent(log, fo.Number, fo.LocationCode, e.Message);
            return HandlerResult.Again($"wms: {e.Message}");
        }
    }

    /// <summary>The release queues exist before the first message, so that none is dropped for want of a queue.</summary>
    private async Task DeclareOnceAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _declared) == 1) return;
        try
        {
            await WmsTopology.DeclareAsync(topology, options.Value, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new BusPublishException(BusPublishFailure.Unavailable, "Declaring the warehouse queues failed: " + e.Message, e);
        }
        Volatile.Write(ref _declared, 1);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Release of {FulfilmentOrder} to {Location} not sent to the bus yet: {Reason}")]
    private static partial void LogNotSent(ILogger logger, string fulfilmentOrder, string location, string reason);
}
