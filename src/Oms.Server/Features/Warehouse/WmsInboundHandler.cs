using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Warehouse;

/// <summary>
/// Runs the messages of bus-served locations (source <c>wms:LOCATION</c>) through the same commands as the HTTP API:
/// acknowledge (the release, again: a no-op once released), pick, pack, dispatch (ship with carrier and tracking), reject,
/// stock deltas and snapshots. A location acts only on its own fulfilment orders and stock, as the WMS that it is.
/// Every message may be handled twice after a crash: the fulfilment events are no-ops when resent, a snapshot is absolute,
/// and a delta looks for its own journal entry (the reason names the message id) before it applies.
/// </summary>
public sealed class WmsInboundHandler(IOptions<WarehouseOptions> options) : IInboundHandler
{
    public bool Handles(InboundMessage message)
        => message.ConnectorId is null && message.Source.StartsWith(WmsNames.SourcePrefix, StringComparison.Ordinal);

    public async Task<InboundResult> HandleAsync(InboundMessage message, IServiceProvider services, CancellationToken ct)
    {
        var m = WmsInboundMessage.Parse(message.Body, out var document);
        using (document)
        {
            if (!options.Value.Serves(m.Location))
                throw new InboundRejectedException("location", $"{m.Location} is not a location served over the bus (Warehouse:Locations).");
            if (message.Source != WmsNames.Source(m.Location))
                throw new InboundRejectedException("location", $"The message names {m.Location} but came as {message.Source}.");
            // A scope of its own: the commands' context must not share its change tracker with the inbox's, which records
            // the outcome after them (a command clears its tracker).
            using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateScope();
            var bus = scope.ServiceProvider.GetRequiredService<CommandBus>();
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var actor = new Actor("wms", m.Location);
            return m.Type switch
            {
                WmsMessageTypes.Acknowledge => await ReportAsync(m, FulfilmentAction.Release, db, bus, actor, ct),
                WmsMessageTypes.Pick => await ReportAsync(m, FulfilmentAction.Pick, db, bus, actor, ct),
                WmsMessageTypes.Pack => await ReportAsync(m, FulfilmentAction.Pack, db, bus, actor, ct),
                WmsMessageTypes.Dispatch => await DispatchAsync(m, db, bus, actor, ct),
                WmsMessageTypes.Reject => await RejectAsync(m, db, bus, actor, ct),
                WmsMessageTypes.StockDelta => await AdjustAsync(m, db, bus, actor, ct),
                WmsMessageTypes.StockSnapshot => await CountAsync(m, db, bus, actor, ct),
                _ => throw new InboundRejectedException("type", $"Unknown message type '{m.Type}'; expected one of {WmsMessageTypes.All}."),
            };
        }
    }

    private static async Task<InboundResult> ReportAsync(WmsInboundMessage m, FulfilmentAction action, OmsDbContext db, CommandBus bus,
        Actor actor, CancellationToken ct)
    {
        var id = await OwnFulfilmentOrderAsync(m, db, ct);
        var order = await bus.SendAsync(new ReportFulfilment(id, action), actor, ct);
        return InboundResult.Accepted("fulfilmentOrder", order.FulfilmentOrder(id).Number);
    }

    private static async Task<InboundResult> DispatchAsync(WmsInboundMessage m, OmsDbContext db, CommandBus bus, Actor actor,
        CancellationToken ct)
    {
        var id = await OwnFulfilmentOrderAsync(m, db, ct);
        var carrier = m.Text("carrier");
        var tracking = m.Text("trackingNumber");
        await bus.SendAsync(new ReportFulfilment(id, FulfilmentAction.Ship, carrier, tracking, m.LineIds()), actor, ct);
        return InboundResult.Accepted("shipment", tracking);
    }

    private static async Task<InboundResult> RejectAsync(WmsInboundMessage m, OmsDbContext db, CommandBus bus, Actor actor,
        CancellationToken ct)
    {
        var id = await OwnFulfilmentOrderAsync(m, db, ct);
        var order = await bus.SendAsync(new RejectFulfilment(id, m.LineIds(), m.Text("reason")), actor, ct);
        return InboundResult.Accepted("fulfilmentOrder", order.FulfilmentOrder(id).Number);
    }

    private static async Task<InboundResult> AdjustAsync(WmsInboundMessage m, OmsDbContext db, CommandBus bus, Actor actor,
        CancellationToken ct)
    {
        var sku = m.Text("sku");
        var delta = m.Integer("delta");
        // The journal keeps the message id in the reason: a message handled again after a crash finds its movement.
        var reason = $"{m.OptionalText("reason") ?? "WMS stock movement"} [wms message {m.MessageId}]";
        var applied = await db.StockMovements.AsNoTracking()
            .AnyAsync(x => x.LocationCode == m.Location && x.Sku == sku && x.Reason == reason, ct);
        if (!applied) await bus.SendAsync(new AdjustStock(m.Location, sku, delta, reason), actor, ct);
        return InboundResult.Accepted("stock", $"{m.Location}/{sku}");
    }

    /// <summary>
    /// Absolute counts; a complete snapshot (the default) also counts to zero every SKU the location holds that the
    /// message does not list, so the OMS's books equal the WMS's.
    /// </summary>
    private static async Task<InboundResult> CountAsync(WmsInboundMessage m, OmsDbContext db, CommandBus bus, Actor actor,
        CancellationToken ct)
    {
        var counts = m.Items().Select(i => new StockCount(i.Sku, i.OnHand, i.SafetyStock)).ToList();
        if (counts.Count == 0) throw new InboundRejectedException("items", "items must list at least one SKU.");
        if (m.Flag("complete", absent: true))
        {
            var listed = counts.Select(c => c.Sku).ToHashSet(StringComparer.Ordinal);
            var held = await db.Stock.AsNoTracking().Where(s => s.LocationCode == m.Location && s.OnHand != 0)
                .Select(s => s.Sku).ToListAsync(ct);
            counts.AddRange(held.Where(s => !listed.Contains(s)).Order(StringComparer.Ordinal).Select(s => new StockCount(s, 0)));
        }
        var reason = $"{m.OptionalText("reason") ?? "WMS stock snapshot"} [wms message {m.MessageId}]";
        var n = await bus.SendAsync(new CountStock(m.Location, counts, reason), actor, ct);
        return InboundResult.Accepted("stock", $"{m.Location}: {n} SKU(s)");
    }

    /// <summary>The fulfilment order the message names, which must be the location's own.</summary>
    private static async Task<Guid> OwnFulfilmentOrderAsync(WmsInboundMessage m, OmsDbContext db, CancellationToken ct)
    {
        var id = m.Id("fulfilmentOrderId");
        var location = await db.FulfilmentOrders.AsNoTracking().Where(f => f.Id == id).Select(f => f.LocationCode).FirstOrDefaultAsync(ct)
            ?? throw new InboundRejectedException("fulfilmentOrderId", $"There is no fulfilment order {id}.");
        return location == m.Location ? id
            : throw new InboundRejectedException("fulfilmentOrderId", $"Fulfilment order {id} is fulfilled by {location}, not {m.Location}.");
    }
}
