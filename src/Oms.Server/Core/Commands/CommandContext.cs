using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Access;
using Oms.Server.Core.Orders;
using Oms.Server.Core.Outbox;
using Oms.Server.Core.Stock;

namespace Oms.Server.Core.Commands;

/// <summary>
/// What a handler works with: the database, the command's clock reading and actor, its stock plan, and the one way to
/// load an order (so that every order a command touches is tracked for the outbox, and a future access check sits in
/// one place).
/// </summary>
public sealed class CommandContext
{
    private readonly Dictionary<Guid, TrackedOrder> _orders = [];
    private readonly List<PendingEvent> _events = [];

    private readonly Func<Guid, Order?> _committed;

    /// <param name="committed">An order this scope committed a moment ago, as it stands in memory (reused instead of reloaded).</param>
    internal CommandContext(OmsDbContext db, DateTime now, Actor actor, AccessScope access, StockPlan stock,
        Func<Guid, Order?>? committed = null)
    {
        _committed = committed ?? (_ => null);
        Db = db;
        Now = now;
        Actor = actor;
        Access = access;
        Stock = stock;
    }

    public OmsDbContext Db { get; }
    /// <summary>One reading of the clock for the whole command (UTC).</summary>
    public DateTime Now { get; }
    public Actor Actor { get; }
    /// <summary>What the caller may reach: an order, fulfilment order or shipment outside it is not found.</summary>
    public AccessScope Access { get; }
    public StockPlan Stock { get; }

    internal IEnumerable<TrackedOrder> TrackedOrders => _orders.Values;
    internal IReadOnlyList<PendingEvent> Events => _events;

    /// <summary>By id or order number; 404 when neither matches.</summary>
    public async Task<Order> OrderAsync(string idOrNumber, CancellationToken ct)
    {
        var order = await Db.LoadAsync(idOrNumber, ct);
        return Access.CanSee(order) ? Track(order) : throw new NotFoundException("Order", idOrNumber);
    }

    public async Task<Order> OrderAsync(Guid id, CancellationToken ct)
    {
        if (_orders.TryGetValue(id, out var tracked)) return tracked.Order;
        // The order this scope's previous command committed (a capture, then its payment answers): attached as it stands,
        // not read again. Should another node have changed it since, the save fails on its version and the bus reloads.
        if (_committed(id) is { } committed)
        {
            Db.Attach(committed);
            return Track(committed);
        }
        var order = await Db.LoadAsync(id.ToString(), ct);
        return Access.CanSee(order) ? Track(order) : throw new NotFoundException("Order", id.ToString());
    }

    /// <summary>
    /// The order behind something the caller was already allowed to reach — a return taken in at their store, or a walk-in
    /// return at their counter — loaded and tracked without the caller's own reach to the order: what the command then
    /// does to it (count returned units, pay a refund) follows from the return, not from the caller's view of orders.
    /// </summary>
    public async Task<Order> OrderBehindAsync(string idOrNumber, CancellationToken ct)
    {
        if (Guid.TryParse(idOrNumber, out var id) && _orders.TryGetValue(id, out var tracked)) return tracked.Order;
        return Track(await Db.LoadAsync(idOrNumber, ct));
    }

    public async Task<Order> OrderOfFulfilmentOrderAsync(Guid fulfilmentOrderId, CancellationToken ct)
    {
        var order = await Db.LoadByFulfilmentOrderAsync(fulfilmentOrderId, ct);
        var fulfilmentOrder = order.FulfilmentOrders.FirstOrDefault(f => f.Id == fulfilmentOrderId);
        return fulfilmentOrder is not null && Access.CanSee(fulfilmentOrder, order)
            ? Track(order) : throw new NotFoundException("Fulfilment order", fulfilmentOrderId.ToString());
    }

    public async Task<Order> OrderOfShipmentAsync(Guid shipmentId, CancellationToken ct)
    {
        var order = await Db.LoadByShipmentAsync(shipmentId, ct);
        var shipment = order.Shipments.FirstOrDefault(s => s.Id == shipmentId);
        var fulfilmentOrder = order.FulfilmentOrders.FirstOrDefault(f => f.Id == shipment?.FulfilmentOrderId);
        return fulfilmentOrder is not null && Access.CanSee(fulfilmentOrder, order)
            ? Track(order) : throw new NotFoundException("Shipment", shipmentId.ToString());
    }

    /// <summary>A new order: stored with the command, and every timeline entry it has becomes an event.</summary>
    public void Add(Order order)
    {
        Db.Orders.Add(order);
        _orders[order.Id] = new TrackedOrder(order, 0, new HashSet<Guid>());
    }

    /// <summary>Orders of customers the command just created: their first order, without asking the database.</summary>
    public ISet<Guid> FirstOrders { get; } = new HashSet<Guid>();

    /// <summary>Fraud history a handler read for an order with its other reads (capture): the fraud check uses it instead of reading.</summary>
    public IDictionary<Guid, Workflows.FraudHistory> FraudHistories { get; } = new Dictionary<Guid, Workflows.FraudHistory>();

    /// <summary>
    /// Marks the outbox delivery a handler is working on as delivered, in this command's transaction, so that the handler's
    /// result and its delivery commit together (and no statement of its own is needed); the handler then answers
    /// <see cref="HandlerResult.DoneInCommand"/>.
    /// </summary>
    public void Complete(OutboxMessage message)
    {
        var delivery = new OutboxDelivery(message.DeliveryId, message.EventId, message.Handler, Now, Now);
        Db.OutboxDeliveries.Attach(delivery);
        delivery.MarkDelivered(Now);
        var entry = Db.Entry(delivery);
        entry.Property(d => d.ClaimedUntil).IsModified = true;
        entry.Property(d => d.LastError).IsModified = true;
    }

    /// <summary>An event beyond what the orders' timelines and the stock changes say.</summary>
    public void Raise(PendingEvent e) => _events.Add(e);

    /// <summary>Plans the stock effects an order's change returned, journalled against the order.</summary>
    public void Apply(Order order, IEnumerable<Domain.Inventory.StockEffect> effects, string reason)
        => Stock.Apply(effects, StockSource.Order(order.Number, reason));

    private Order Track(Order order)
    {
        if (!_orders.ContainsKey(order.Id))
            _orders[order.Id] = new TrackedOrder(order, order.Timeline.Count == 0 ? 0 : order.Timeline.Max(t => t.Sequence),
                order.PendingPaymentCalls().Select(c => c.Transaction.Id).ToHashSet());
        return order;
    }
}
