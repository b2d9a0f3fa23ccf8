using Microsoft.Extensions.Options;
using Oms.Domain.Connectors;
using Oms.Messaging.Bus;
using Oms.Messaging.RabbitMq;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Warehouse;

/// <summary>
/// This node's consumer of the warehouse inbound queue. Each delivery is stored in the inbox first and handled there; then:
/// accepted, rejected (bad JSON, unknown fulfilment order, quantities that do not fit) or ignored → acknowledged, never
/// requeued; a message that could not be stored or whose handling failed for a reason that may pass (the database is
/// down) → handed back to the queue after <see cref="WarehouseOptions.RetryDelay"/>, and on its next delivery the inbox
/// recognises it and handles it again. While the broker is away the client's recovery brings the consumer back; a
/// message whose acknowledgement was lost with the connection comes again and is answered from the inbox, once.
/// </summary>
public sealed partial class WmsConsumer(RabbitMqConnectionSource connections, BusTopology topology, MessageInbox inbox,
    IOptions<RabbitMqOptions> bus, IOptions<WarehouseOptions> options, ILoggerFactory loggers, ILogger<WmsConsumer> log)
    : BackgroundService
{
    private RabbitMqConsumer? _consumer;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!bus.Value.IsConfigured || !o.ConsumerEnabled || o.Locations.Count == 0) return;
        while (!stoppingToken.IsCancellationRequested && _consumer is null)
        {
            RabbitMqConsumer? consumer = null;
            try
            {
                await WmsTopology.DeclareAsync(topology, o, stoppingToken);
                consumer = new RabbitMqConsumer(connections, o.InboundQueue, o.Prefetch, ConsumeAsync, loggers.CreateLogger<RabbitMqConsumer>());
                await consumer.StartAsync(stoppingToken);
                _consumer = consumer;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                if (consumer is not null) await consumer.DisposeAsync();
                LogNotStarted(log, o.InboundQueue, e.Message);
                await Task.Delay(o.StartRetryInterval, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_consumer is not null) await _consumer.DisposeAsync();
        }
        catch (ObjectDisposedException)
        {
            // The connection went first (the host is shutting down): nothing is left to stop.
        }
        _consumer = null;
        await base.StopAsync(cancellationToken);
    }

    /// <summary>What to tell the broker about one delivery.</summary>
    internal async Task<ConsumeResult> ConsumeAsync(ReceivedBusMessage delivery, CancellationToken ct)
    {
        InboxReceipt receipt;
        try
        {
            receipt = await inbox.ReceiveAsync(WmsEnvelope.From(delivery), ct);
            // A message stored before whose handling failed for now: this delivery is the retry.
            if (receipt is { Duplicate: true, Status: InboundStatus.Received }) receipt = await inbox.ProcessAsync(receipt.MessageId, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogRequeued(log, delivery.MessageId, e.Message);
            await Task.Delay(options.Value.RetryDelay, ct);
            return ConsumeResult.Retry;
        }
        if (receipt.Status != InboundStatus.Received) return ConsumeResult.Ack;
        LogRequeued(log, delivery.MessageId, receipt.Reason ?? "handling failed");
        await Task.Delay(options.Value.RetryDelay, ct);
        return ConsumeResult.Retry;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not consuming {Queue} yet: {Reason}; trying again")]
    private static partial void LogNotStarted(ILogger logger, string queue, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warehouse message {MessageId} handed back to the queue: {Reason}")]
    private static partial void LogRequeued(ILogger logger, string? messageId, string reason);
}
