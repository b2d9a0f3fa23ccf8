using Oms.Domain.Common;
using Oms.Domain.Inventory;

namespace Oms.Domain.Orders;

/// <summary>
/// The order aggregate. Lines, fulfilment orders, shipments and the timeline change only through its
/// methods; every method checks the line workflow, appends to the timeline, derives the status again
/// and returns the stock effects the caller must apply in the same transaction.
/// </summary>
public sealed partial class Order
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<FulfilmentOrder> _fulfilmentOrders = [];
    private readonly List<Shipment> _shipments = [];
    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<SourcingDecision> _sourcingDecisions = [];

    private Order()
    {
        Number = null!; ChannelCode = null!; ChannelOrderId = null!; Currency = null!;
        RequestHash = null!; EnteredBy = null!;
    }

    public Guid Id { get; private set; }
    /// <summary>The number people quote on the phone, e.g. <c>OMS-7KQ2M9XD4P</c>.</summary>
    public string Number { get; private set; }
    public string ChannelCode { get; private set; }
    /// <summary>The channel's own id for the order; unique per channel, which makes capture idempotent.</summary>
    public string ChannelOrderId { get; private set; }
    public OrderType Type { get; private set; }
    public OrderStatus Status { get; private set; }
    public string Currency { get; private set; }
    /// <summary>The customer, or null for an anonymous sale (a walk-in at a till, on a channel that allows it).</summary>
    public Guid? CustomerId { get; private set; }
    public string? CustomerEmail { get; private set; }
    public string? CustomerName { get; private set; }
    public string? CustomerPhone { get; private set; }
    public Address? ShippingAddress { get; private set; }
    public Address? BillingAddress { get; private set; }
    /// <summary>The store where a sale happened (POS orders), if any.</summary>
    public string? SellingLocationCode { get; private set; }
    public decimal ShippingCharge { get; private set; }
    /// <summary>Who entered the order: the channel, or an agent on a customer's behalf.</summary>
    public string EnteredBy { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Application-managed concurrency token: bumped by every change.</summary>
    public int Version { get; private set; }
    /// <summary>Hash of the capture request, to tell a replay from a different order reusing the channel id.</summary>
    public string RequestHash { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;
    public IReadOnlyList<FulfilmentOrder> FulfilmentOrders => _fulfilmentOrders;
    public IReadOnlyList<Shipment> Shipments => _shipments;
    public IReadOnlyList<TimelineEntry> Timeline => _timeline;
    public IReadOnlyList<SourcingDecision> SourcingDecisions => _sourcingDecisions;

    public Money Subtotal => new(_lines.Where(l => l.IsActive).Sum(l => l.NetAmount), Currency);
    public Money TaxTotal => new(_lines.Where(l => l.IsActive).Sum(l => l.Tax), Currency);
    public Money Total => Subtotal + TaxTotal + new Money(ShippingCharge, Currency);

    /// <summary>Creates an order from what a channel sent. Lines start <see cref="LineStatus.Created"/> until sourced.</summary>
    /// <param name="customerId">Null for an anonymous sale: the spec then carries no e-mail either.</param>
    public static Order Capture(NewOrder spec, Guid? customerId, DateTime now, Actor actor)
    {
        if (spec.Lines.Count == 0) throw new BusinessRuleException("lines", "An order needs at least one line.");
        var order = new Order
        {
            Id = spec.Id,
            Number = Guard.NotEmpty(spec.Number, "number"),
            ChannelCode = Guard.NotEmpty(spec.ChannelCode, "channel"),
            ChannelOrderId = Guard.NotEmpty(spec.ChannelOrderId, "channelOrderId"),
            Type = spec.Type,
            Currency = CurrencyCode.Normalize(spec.Currency),
            CustomerId = customerId,
            CustomerEmail = spec.CustomerEmail is null ? null : Customers.Customer.NormalizeEmail(spec.CustomerEmail),
            CustomerName = string.IsNullOrWhiteSpace(spec.CustomerName) ? null : spec.CustomerName.Trim(),
            CustomerPhone = spec.CustomerPhone,
            ShippingAddress = spec.ShippingAddress,
            BillingAddress = spec.BillingAddress,
            SellingLocationCode = spec.SellingLocation,
            ShippingCharge = Guard.NotNegative(spec.ShippingCharge, "shippingCharge"),
            EnteredBy = actor.ToString(),
            CreatedAt = now,
            UpdatedAt = now,
            RequestHash = spec.RequestHash,
        };
        var n = 0;
        foreach (var line in spec.Lines)
        {
            n++;
            var field = $"lines[{n - 1}]";
            var needsAddress = line.DeliveryMethod == DeliveryMethod.ShipToAddress;
            if (needsAddress && line.ShippingAddress is null && spec.ShippingAddress is null)
                throw new BusinessRuleException($"{field}.shippingAddress",
                    $"Line {n} is shipped to an address, but neither the line nor the order gives one.");
            if (line.DeliveryMethod is DeliveryMethod.PickupInStore or DeliveryMethod.CarrierPickupPoint
                && string.IsNullOrWhiteSpace(line.PickupLocation))
                throw new BusinessRuleException($"{field}.pickupLocation", $"Line {n} is picked up, but names no pickup location.");
            if (line.DeliveryMethod == DeliveryMethod.CarryOut && string.IsNullOrWhiteSpace(spec.SellingLocation))
                throw new BusinessRuleException("sellingLocation",
                    $"Line {n} is carried out, so the order must name the store where the sale happened.");
            order._lines.Add(new OrderLine(Ids.Next(now), n, line));
        }
        order.Record(now, actor, "order.captured",
            $"Order captured from channel {order.ChannelCode} ({order.ChannelOrderId}) with {n} line(s), total {order.Total}.");
        order.Refresh(now);
        return order;
    }

    public OrderLine Line(Guid lineId) => _lines.Find(l => l.Id == lineId)
        ?? throw new NotFoundException("Order line", lineId.ToString());

    public FulfilmentOrder FulfilmentOrder(Guid id) => _fulfilmentOrders.Find(f => f.Id == id)
        ?? throw new NotFoundException("Fulfilment order", id.ToString());

    /// <summary>The address a shipped line goes to.</summary>
    public Address? DestinationOf(OrderLine line) => line.ShippingAddress ?? ShippingAddress;

    /// <summary>
    /// Records that <paramref name="locationCode"/> reserved the line's quantity and will fulfil it. The caller
    /// has already reserved the stock atomically; this only keeps the books.
    /// </summary>
    /// <returns>The promise against an expected receipt the line no longer needs, if it had one.</returns>
    public StockEffect? Allocate(Guid lineId, string locationCode, string reason, DateTime now, Actor actor, string? transferTo = null)
    {
        var line = Line(lineId);
        line.Apply(LineAction.Allocate);
        var promise = line.DropPromise();
        var fo = FulfilmentOrderFor(locationCode, line.DeliveryMethod, now, transferTo);
        line.AssignTo(locationCode, fo.Id);
        Record(now, actor, "line.allocated",
            $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) allocated to {locationCode}: {reason}.", line.Id, fo.Id);
        Refresh(now);
        return promise;
    }

    /// <summary>A pre-order: nothing is in stock, but the line is promised against goods expected at a location.</summary>
    public void BackorderAgainstReceipt(Guid lineId, Guid receiptId, string reference, string locationCode, DateTime expectedAt,
        DateTime now, Actor actor)
    {
        var line = Line(lineId);
        line.Apply(LineAction.Backorder);
        line.PromiseAgainst(receiptId, expectedAt);
        Record(now, actor, "line.backordered",
            $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) back-ordered against {reference}, expected at {locationCode} on " +
                $"{expectedAt:yyyy-MM-dd}.", line.Id);
        Refresh(now);
    }

    /// <summary>Keeps the explanation of a sourcing decision with the order.</summary>
    public void RecordSourcingDecision(string ruleSet, string summary, string explanationJson, DateTime now)
        => _sourcingDecisions.Add(new SourcingDecision(Ids.Next(now), Id, now, ruleSet, summary, explanationJson));

    /// <summary>
    /// Splits <paramref name="quantity"/> units off a line that is still waiting for a location, into a new line with the
    /// same product, price and delivery; discount and tax are shared pro rata (the new line's share rounded to cents).
    /// </summary>
    public OrderLine SplitLine(Guid lineId, int quantity, DateTime now, Actor actor)
    {
        var line = Line(lineId);
        if (line.Status is not (LineStatus.Created or LineStatus.Backordered or LineStatus.Exception) || line.ExpectedReceiptId is not null)
            throw new InvalidTransitionException($"line {line.LineNumber}", line.Status.ToString(), "Split");
        if (quantity <= 0 || quantity >= line.Quantity)
            throw new BusinessRuleException("quantity",
                $"A split of line {line.LineNumber} must leave both parts at least one unit (line has {line.Quantity}).");
        var part = line.SplitOff(Ids.Next(now), _lines.Max(l => l.LineNumber) + 1, quantity);
        _lines.Add(part);
        Record(now, actor, "line.split",
            $"Line {line.LineNumber} split: {part.Quantity} of {line.Quantity + part.Quantity} unit(s) of {line.Sku} go on as line " +
                $"{part.LineNumber}.", line.Id);
        Refresh(now);
        return part;
    }

    /// <summary>Nothing can serve the line now: it waits for stock.</summary>
    public void Backorder(Guid lineId, string reason, DateTime now, Actor actor)
    {
        var line = Line(lineId);
        line.Apply(LineAction.Backorder);
        Record(now, actor, "line.backordered", $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) back-ordered: {reason}.", line.Id);
        Refresh(now);
    }

    /// <summary>
    /// A sale at the till: every carry-out line leaves the store at once, as one fulfilment order of the selling store
    /// (one sale, one location). The till is the truth: the effects take the goods off on-hand whatever the books say.
    /// </summary>
    public IReadOnlyList<StockEffect> CarryOut(DateTime now, Actor actor)
    {
        var lines = _lines.Where(l => l.DeliveryMethod == DeliveryMethod.CarryOut && l.Status == LineStatus.Created).ToList();
        if (lines.Count == 0) return [];
        var store = SellingLocationCode ?? throw new BusinessRuleException("sellingLocation", "A carry-out needs the selling store.");
        var fo = new FulfilmentOrder(Ids.Next(now), Id, $"{Number}-{_fulfilmentOrders.Count + 1}", store, DeliveryMethod.CarryOut, now);
        _fulfilmentOrders.Add(fo);
        foreach (var line in lines)
        {
            line.Apply(LineAction.CarryOut);
            line.AssignTo(store, fo.Id);
            Record(now, actor, "line.carried-out", $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) taken away at {store}.",
                line.Id, fo.Id);
        }
        Refresh(now);
        return [.. lines.Select(l => new StockEffect(StockEffectKind.ConsumeOnHand, store, l.Sku, l.Quantity))];
    }

    /// <summary>
    /// Cancels the given lines, or every line when none are given. All or nothing: if one line cannot be
    /// cancelled (it has shipped, say) nothing is cancelled.
    /// </summary>
    public IReadOnlyList<StockEffect> Cancel(IReadOnlyCollection<Guid>? lineIds, string reason, DateTime now, Actor actor)
    {
        reason = Guard.NotEmpty(reason, "reason");
        // Lines already cancelled are left as they are: a channel resending its cancellation gets a success, not a conflict.
        var targets = (lineIds is { Count: > 0 } ? lineIds.Distinct().Select(Line) : _lines).Where(l => l.Status != LineStatus.Cancelled)
            .ToList();
        if (targets.Count == 0) return [];
        var refused = targets.FirstOrDefault(l => !l.Allows(LineAction.Cancel));
        if (refused is not null)
            throw new InvalidTransitionException($"line {refused.LineNumber}", refused.Status.ToString(), "Cancel",
                $"Cannot cancel line {refused.LineNumber}: it is {refused.Status}. Nothing was cancelled.");

        var effects = new List<StockEffect>();
        foreach (var line in targets)
        {
            if (line.HoldsReservation)
                effects.Add(new StockEffect(StockEffectKind.ReleaseReservation, line.LocationCode!, line.Sku, line.Quantity));
            if (line.DropPromise() is { } promise) effects.Add(promise);
            line.Apply(LineAction.Cancel);
            line.SetCancelReason(reason);
            Record(now, actor, "line.cancelled", $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) cancelled: {reason}.", line.Id);
        }
        if (_lines.All(l => !l.IsActive))
        {
            Record(now, actor, "order.cancelled", $"Order cancelled: {reason}.");
            LiftHoldsOnCancel(reason, now, actor);
        }
        QueueVoidIfSettled(now);
        Refresh(now);
        return effects;
    }

    private FulfilmentOrder FulfilmentOrderFor(string locationCode, DeliveryMethod method, DateTime now, string? transferTo = null)
    {
        var existing = _fulfilmentOrders.Find(f => f.LocationCode == locationCode && f.DeliveryMethod == method
            && f.TransferTo == transferTo && f.Status == FulfilmentOrderStatus.Allocated);
        if (existing is not null) return existing;
        var fo = new FulfilmentOrder(Ids.Next(now), Id, $"{Number}-{_fulfilmentOrders.Count + 1}", locationCode, method, now, transferTo);
        _fulfilmentOrders.Add(fo);
        return fo;
    }

    /// <param name="subjectId">The fulfilment order, shipment, payment or hold the entry is about, if any.</param>
    private void Record(DateTime now, Actor actor, string type, string message, Guid? lineId = null, Guid? subjectId = null)
        => _timeline.Add(new TimelineEntry(Ids.Next(now), Id, _timeline.Count + 1, now, type, actor.ToString(), message, lineId,
            subjectId));

    private void Refresh(DateTime now)
    {
        foreach (var fo in _fulfilmentOrders) fo.Refresh(_lines.Where(l => l.FulfilmentOrderId == fo.Id));
        var status = OrderStatusRules.DeriveOrder(_lines);
        if (status != Status && _timeline.Count > 1)
            Record(now, Actor.System, "order.status-changed", $"Order status {Status} → {status}.");
        Status = status;
        UpdatedAt = now;
        Version++;
    }
}
