using Oms.Domain.Common;

namespace Oms.Domain.Inventory;

/// <summary>
/// Stock on its way to a location (a purchase order line, a transfer). Orders may be promised against it up to
/// a configured share of its quantity; <see cref="Promised"/> only changes through the database's conditional update.
/// </summary>
public sealed class ExpectedReceipt
{
    private ExpectedReceipt() { LocationCode = null!; Sku = null!; Reference = null!; }

    public ExpectedReceipt(Guid id, string locationCode, string sku, int quantity, DateTime expectedAt, string reference,
        DateTime createdAt)
    {
        Id = id;
        LocationCode = Guard.NotEmpty(locationCode, "location");
        Sku = Guard.NotEmpty(sku, "sku");
        Quantity = Guard.Positive(quantity, "quantity");
        ExpectedAt = expectedAt;
        Reference = Guard.NotEmpty(reference, "reference");
        CreatedAt = createdAt;
        Status = ReceiptStatus.Open;
    }

    public Guid Id { get; private set; }
    public string LocationCode { get; private set; }
    public string Sku { get; private set; }
    public int Quantity { get; private set; }
    public DateTime ExpectedAt { get; private set; }
    /// <summary>The purchase order or transfer the goods come with.</summary>
    public string Reference { get; private set; }
    public int Promised { get; private set; }
    public ReceiptStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReceivedAt { get; private set; }
    public int? ReceivedQuantity { get; private set; }

    /// <summary>How many units may be sold before they arrive: a share of the expected quantity, rounded down.</summary>
    public static int SellableLimit(int quantity, int limitPercent) => quantity * Math.Clamp(limitPercent, 0, 100) / 100;

    /// <summary>The goods arrived (possibly fewer or more than expected); the caller adds them to on-hand.</summary>
    public void Receive(int? quantity, DateTime now)
    {
        if (Status != ReceiptStatus.Open)
            throw new InvalidTransitionException($"expected receipt {Reference}", Status.ToString(), "Receive");
        ReceivedQuantity = Guard.NotNegative(quantity ?? Quantity, "quantity");
        ReceivedAt = now;
        Status = ReceiptStatus.Received;
    }

    public void Cancel()
    {
        if (Status != ReceiptStatus.Open)
            throw new InvalidTransitionException($"expected receipt {Reference}", Status.ToString(), "Cancel");
        Status = ReceiptStatus.Cancelled;
    }
}
