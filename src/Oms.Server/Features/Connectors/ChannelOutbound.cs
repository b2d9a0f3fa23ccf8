using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Connectors;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Events;
using Oms.Server.Core.Json;
using Oms.Server.Core.Orders;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Connectors;

/// <summary>
/// Tells the channel an order came from what became of it, in the channel's own API, after the OMS committed it: a parcel
/// left (<c>shipment.created</c>: carrier, tracking number, the channel's lines), the OMS cancelled it or some lines
/// (<c>order.cancelled</c>, <c>line.cancelled</c>; not a cancellation the channel itself asked for), or the channel must
/// pay a refund (<c>refund.instructed</c>: orders paid in the channel). Failures are retried for about a day, then
/// dead-lettered (resend from the dead letters); a paused connector's notices wait. Each notice carries a key that stays
/// the same on every attempt.
/// </summary>
public sealed class ChannelOutbound(ConnectorDirectory directory, TimeProvider clock) : IOutboxHandler
{
    private static readonly TimeSpan PausedRetry = TimeSpan.FromMinutes(5);

    public string Name => "channel";
    public bool RunsInline => false;
    public RetryPolicy Retry => RetryPolicy.Day;

    public bool Wants(string eventType, bool isInternal)
        => !isInternal && eventType is "shipment.created" or "order.cancelled" or "line.cancelled" or "refund.instructed";

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        var data = JsonSerializer.Deserialize<OrderEventData>(message.Data, OmsJson.Options)
            ?? throw new InvalidOperationException($"Event {message.EventId} has no order data.");
        var db = services.GetRequiredService<OmsDbContext>();
        var connector = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Channel == data.Order.Channel, ct);
        if (connector is null || directory.AdapterOrNull(connector.Kind) is not { } adapter) return HandlerResult.Done;
        if (!connector.Enabled) return HandlerResult.Again($"Connector {connector.Code} is paused.", PausedRetry);

        var order = await db.LoadAsync(data.Order.Id.ToString(), ct);
        var runtime = directory.Runtime(connector);
        try
        {
            var sent = message.Type switch
            {
                "shipment.created" => await ShipmentAsync(db, adapter, runtime, order, data, ct),
                "order.cancelled" or "line.cancelled" => await CancellationAsync(adapter, runtime, order, data, message, ct),
                _ => await RefundAsync(db, adapter, runtime, order, data, message, ct),
            };
            if (sent) await HealthAsync(db, connector.Id, null, ct);
            return HandlerResult.Done;
        }
        catch (ChannelCallException e)
        {
            await HealthAsync(db, connector.Id, e.Message, ct);
            return e.Retry ? HandlerResult.Again($"{connector.Code}: {e.Message}", e.RetryAfter) : HandlerResult.Dead($"{connector.Code}: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            await HealthAsync(db, connector.Id, e.Message, ct);
            return HandlerResult.Again($"{connector.Code}: {e.Message}");
        }
    }

    private static async Task<bool> ShipmentAsync(OmsDbContext db, IChannelAdapter adapter, ConnectorRuntime c, Order order,
        OrderEventData data, CancellationToken ct)
    {
        var s = data.Shipment ?? throw new InvalidOperationException("A shipment event without its shipment.");
        var template = await db.Carriers.AsNoTracking().Where(x => x.Code == s.Carrier).Select(x => x.TrackingUrlTemplate).FirstOrDefaultAsync(ct);
        var lines = order.Lines.Where(l => s.LineIds.Contains(l.Id)).Select(l => Line(c, l, l.Quantity)).ToList();
        await adapter.ConfirmShipmentAsync(c, new ShipmentNotice($"shipment:{s.Id}", order.ChannelOrderId, order.Number, s.Carrier,
            s.TrackingNumber, template?.Replace("{trackingNumber}", Uri.EscapeDataString(s.TrackingNumber), StringComparison.Ordinal),
            s.ShippedAt, lines), ct);
        return true;
    }

    private static async Task<bool> CancellationAsync(IChannelAdapter adapter, ConnectorRuntime c, Order order, OrderEventData data,
        OutboxMessage message, CancellationToken ct)
    {
        var whole = message.Type == "order.cancelled";
        // A whole order's cancellation is reported once, by order.cancelled, not again per line.
        if (!whole && order.Status == OrderStatus.Cancelled) return false;
        var lines = whole
            ? order.Lines.Where(l => l.Status == LineStatus.Cancelled).ToList()
            : order.Lines.Where(l => l.Id == data.Line?.Id).ToList();
        if (lines.Count == 0) return false;
        if (!adapter.ConfirmsChannelCancellations && lines.All(l => ChannelCancellation.CameFromChannel(l.CancelReason))) return false;
        var reason = lines.Select(l => l.CancelReason).FirstOrDefault(r => r is not null) ?? data.Message;
        await adapter.ReportCancellationAsync(c, new CancellationNotice($"cancel:{message.EventId}", order.ChannelOrderId, order.Number,
            reason, whole, [.. lines.Select(l => Line(c, l, l.Quantity))]), ct);
        return true;
    }

    private static async Task<bool> RefundAsync(OmsDbContext db, IChannelAdapter adapter, ConnectorRuntime c, Order order,
        OrderEventData data, OutboxMessage message, CancellationToken ct)
    {
        var entry = order.Timeline.First(t => t.Sequence == data.Sequence);
        var ret = entry.SubjectId is { } returnId
            ? await db.ReturnOrders.AsNoTracking().Include(r => r.Lines).Include(r => r.Refunds).FirstOrDefaultAsync(r => r.Id == returnId, ct)
            : null;
        var refund = ret?.Refunds.Where(r => r.CreatedAt <= entry.At).MaxBy(r => r.Sequence);
        if (ret is null || refund is null) throw new InvalidOperationException($"Refund event {message.EventId} names no refund of a return.");
        var lines = ret.Lines.Select(rl => (Return: rl, Line: order.Lines.FirstOrDefault(l => l.Id == rl.OrderLineId)))
            .Where(x => x.Line is not null).Select(x => Line(c, x.Line!, x.Return.Quantity)).ToList();
        await adapter.ReportRefundAsync(c, new RefundNotice($"refund:{message.EventId}", order.ChannelOrderId, order.Number, refund.Total,
            order.Currency, $"Return {ret.Number} ({ret.ReasonCode})", lines), ct);
        return true;
    }

    private static NoticeLine Line(ConnectorRuntime c, OrderLine l, int quantity)
        => new(l.Sku, c.Mapping.ChannelSku(l.Sku), l.ChannelLineId, quantity);

    private async Task HealthAsync(OmsDbContext db, Guid connectorId, string? error, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = db.Connectors.Where(c => c.Id == connectorId);
        if (error is null)
            await rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSentAt, now).SetProperty(c => c.ConsecutiveErrors, 0), ct);
        else
            await rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastErrorAt, now)
                .SetProperty(c => c.LastError, error.Length > 1000 ? error[..1000] : error)
                .SetProperty(c => c.ConsecutiveErrors, c => c.ConsecutiveErrors + 1), ct);
    }
}
