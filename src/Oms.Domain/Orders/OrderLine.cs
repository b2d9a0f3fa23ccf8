using Oms.Domain.Common;
using Oms.Domain.Inventory;

namespace Oms.Domain.Orders;

/// <summary>What the customer asked for in one line, and how far it has come. Changed only through <see cref="Order"/>.</summary>
public sealed class OrderLine
{
    private OrderLine() { Sku = null!; WorkflowId = null!; }

    internal OrderLine(Guid id, int lineNumber, NewOrderLine spec)
    {
        Id = id;
        LineNumber = lineNumber;
        var field = $"lines[{lineNumber - 1}]";
        Sku = Guard.NotEmpty(spec.Sku, $"{field}.sku");
        Quantity = Guard.Positive(spec.Quantity, $"{field}.quantity");
        UnitPrice = Guard.NotNegative(spec.UnitPrice, $"{field}.unitPrice");
        Discount = Guard.NotNegative(spec.Discount, $"{field}.discount");
        Tax = Guard.NotNegative(spec.Tax, $"{field}.tax");
        if (Discount > UnitPrice * Quantity)
            throw new BusinessRuleException($"{field}.discount", $"Discount {Discount} exceeds the line's value {UnitPrice * Quantity}.");
        DeliveryMethod = spec.DeliveryMethod;
        PickupLocationCode = spec.PickupLocation;
        ShippingAddress = spec.ShippingAddress;
        ChannelLineId = spec.ChannelLineId is { } channelLine ? TextLimit.Clip(channelLine, 100) : null;
        WorkflowId = LineLifecycles.For(spec.DeliveryMethod).Id;
        Status = LineStatus.Created;
    }

    public Guid Id { get; private set; }
    public int LineNumber { get; private set; }
    public string Sku { get; private set; }
    /// <summary>The channel's own id of the line (Shopify line item, Amazon order item), for confirmations back to it.</summary>
    public string? ChannelLineId { get; private set; }
    public int Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    /// <summary>Total discount on the line (not per unit).</summary>
    public decimal Discount { get; private set; }
    /// <summary>Tax amount on the line, as the channel calculated it.</summary>
    public decimal Tax { get; private set; }
    public DeliveryMethod DeliveryMethod { get; private set; }
    /// <summary>The store (pickup in store) or carrier point (carrier pickup point) the customer chose.</summary>
    public string? PickupLocationCode { get; private set; }
    /// <summary>Where a shipped line goes; the order's address when the line names none.</summary>
    public Address? ShippingAddress { get; private set; }
    public LineStatus Status { get; private set; }
    /// <summary>The id of the line's <see cref="LineLifecycle"/> (<c>ship-to-address@1</c>); the name is its stored column's.</summary>
    public string WorkflowId { get; private set; }
    /// <summary>The location that fulfils the line, once sourced.</summary>
    public string? LocationCode { get; private set; }
    public Guid? FulfilmentOrderId { get; private set; }
    public Guid? ShipmentId { get; private set; }
    public DateTime? PickupExpiresAt { get; private set; }
    public string? CancelReason { get; private set; }
    /// <summary>Locations that rejected this line, separated by ';'; sourcing never sends it back to them.</summary>
    public string? RejectedBy { get; private set; }

    /// <summary>The expected receipt a back-ordered line was promised against (a pre-order), if any.</summary>
    public Guid? ExpectedReceiptId { get; private set; }
    public DateTime? PromisedFor { get; private set; }

    /// <summary>Why the line waits in the exception queue (what was tried), and since when; kept once it moves on.</summary>
    public string? ExceptionReason { get; private set; }
    public DateTime? ExceptionSince { get; private set; }

    public IReadOnlyList<string> RejectedLocations => RejectedBy is null ? [] : RejectedBy.Split(';');

    /// <summary>Units whose goods came back on a return (received at any location, whatever their disposition).</summary>
    public int ReturnedQuantity { get; private set; }
    /// <summary>Units refunded on returns and claims, and what was paid back for their goods (fees, shipping, goodwill apart).</summary>
    public int RefundedQuantity { get; private set; }
    public decimal RefundedAmount { get; private set; }

    public decimal NetAmount => UnitPrice * Quantity - Discount;
    public decimal Total => NetAmount + Tax;

    /// <summary>True while the line holds a reservation at <see cref="LocationCode"/>.</summary>
    public bool HoldsReservation => Status is LineStatus.Allocated or LineStatus.Released or LineStatus.Picked
        or LineStatus.Packed or LineStatus.ReadyForPickup;

    /// <summary>Cancelled and expired lines no longer count towards the order.</summary>
    public bool IsActive => Status is not (LineStatus.Cancelled or LineStatus.PickupExpired);

    public bool Allows(LineAction action) => LineLifecycles.Get(WorkflowId).Allows(Status, action);

    internal LineStatus Apply(LineAction action)
    {
        Status = LineLifecycles.Get(WorkflowId).Next(Status, action, LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Status;
    }

    internal void AssignTo(string locationCode, Guid fulfilmentOrderId)
    {
        LocationCode = locationCode;
        FulfilmentOrderId = fulfilmentOrderId;
    }

    internal void MarkShipped(Guid shipmentId) => ShipmentId = shipmentId;

    /// <summary>Moves <paramref name="quantity"/> units, with their share of discount and tax, to a new line.</summary>
    internal OrderLine SplitOff(Guid id, int lineNumber, int quantity)
    {
        var discount = Math.Round(Discount * quantity / Quantity, 2, MidpointRounding.ToEven);
        var tax = Math.Round(Tax * quantity / Quantity, 2, MidpointRounding.ToEven);
        var part = (OrderLine)MemberwiseClone();
        part.Id = id;
        part.LineNumber = lineNumber;
        part.Quantity = quantity;
        part.Discount = discount;
        part.Tax = tax;
        part.Status = LineStatus.Created;
        part.ExpectedReceiptId = null;
        part.PromisedFor = null;
        Quantity -= quantity;
        Discount -= discount;
        Tax -= tax;
        return part;
    }

    internal void PromiseAgainst(Guid receiptId, DateTime expectedAt)
    {
        ExpectedReceiptId = receiptId;
        PromisedFor = expectedAt;
    }

    /// <summary>Drops the promise and says what to give back to the receipt, if there was one.</summary>
    internal StockEffect? DropPromise()
    {
        if (ExpectedReceiptId is not { } receipt) return null;
        ExpectedReceiptId = null;
        PromisedFor = null;
        return new StockEffect(StockEffectKind.ReleasePromise, "", Sku, Quantity, receipt);
    }

    internal void MarkRejected(string location)
    {
        RejectedBy = RejectedBy is null ? location : $"{RejectedBy};{location}";
        LocationCode = null;
        FulfilmentOrderId = null;
    }
    /// <summary>Back to sourcing after an amendment: no location, no fulfilment order (the caller releases the stock).</summary>
    internal void Unsource()
    {
        Status = LineStatus.Created;
        LocationCode = null;
        FulfilmentOrderId = null;
    }

    /// <summary>
    /// A new quantity; the discount follows pro rata (rounded to cents), the unit price stays, and the tax is the
    /// channel's when it gives one (it owns the tax calculation), pro rata otherwise.
    /// </summary>
    internal void Resize(int quantity, decimal? tax)
    {
        Discount = Math.Round(Discount * quantity / Quantity, 2, MidpointRounding.ToEven);
        Tax = tax ?? Math.Round(Tax * quantity / Quantity, 2, MidpointRounding.ToEven);
        Quantity = quantity;
    }

    internal void ChangeDelivery(DeliveryMethod method, string? pickupLocation, Address? address)
    {
        DeliveryMethod = method;
        PickupLocationCode = pickupLocation;
        ShippingAddress = address;
        WorkflowId = LineLifecycles.For(method).Id;
    }

    internal void SetGeocodedAddress(Address address) => ShippingAddress = address;
    internal void SetPickupExpiry(DateTime expiresAt) => PickupExpiresAt = expiresAt;
    internal void SetCancelReason(string reason) => CancelReason = reason;
    internal void CountReturned(int quantity) => ReturnedQuantity += quantity;
    internal void CountRefunded(int quantity, decimal amount) => (RefundedQuantity, RefundedAmount) = (RefundedQuantity + quantity, RefundedAmount + amount);

    internal void SetExceptionReason(string reason, DateTime at) => (ExceptionReason, ExceptionSince) = (TextLimit.Clip(reason, 2000), at);
}

/// <summary>A line as a channel sends it, before it becomes part of an order.</summary>
public sealed record NewOrderLine(
    string Sku,
    int Quantity,
    decimal UnitPrice,
    decimal Discount,
    decimal Tax,
    DeliveryMethod DeliveryMethod,
    string? PickupLocation = null,
    Address? ShippingAddress = null,
    string? ChannelLineId = null);
