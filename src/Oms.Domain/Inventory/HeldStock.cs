using Oms.Domain.Common;
using Oms.Domain.Returns;

namespace Oms.Domain.Inventory;

/// <summary>
/// Unsellable stock at a location, held until a person decides: a returned unit received for inspection or for the vendor.
/// It is not on-hand stock (availability and sourcing never see it); a decision closes the record, and restocked units enter
/// the sellable stock through the stock books. A return receives unit by unit, so a record of a return holds one unit.
/// </summary>
public sealed class HeldStock
{
    private HeldStock() { LocationCode = null!; Sku = null!; CreatedBy = null!; }

    private HeldStock(Guid id, string locationCode, string sku, int quantity, Disposition reason, DateTime at, string by)
    {
        Id = id;
        LocationCode = Guard.NotEmpty(locationCode, "location");
        Sku = Guard.NotEmpty(sku, "sku");
        Quantity = Guard.Positive(quantity, "quantity");
        Reason = reason is Disposition.NeedsInspection or Disposition.ReturnToVendor ? reason
            : throw new BusinessRuleException("disposition", $"Only units for inspection or for the vendor are held, not {reason}.");
        CreatedAt = at;
        CreatedBy = by;
    }

    public Guid Id { get; private set; }
    public string LocationCode { get; private set; }
    public string Sku { get; private set; }
    public int Quantity { get; private set; }
    /// <summary>Why the units are held: <see cref="Disposition.NeedsInspection"/> or <see cref="Disposition.ReturnToVendor"/>.</summary>
    public Disposition Reason { get; private set; }
    public Guid? ReturnOrderId { get; private set; }
    public string? ReturnNumber { get; private set; }
    public Guid? ReturnLineId { get; private set; }
    public Guid? ReturnReceiptId { get; private set; }
    public string? Note { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }
    public InspectionDecision? Decision { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }

    public bool IsOpen => DecidedAt is null;

    /// <summary>A returned unit received as held (the receipt says why), at the location that received it.</summary>
    public static HeldStock ForReturn(ReturnOrder ret, ReturnReceipt receipt, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(ret);
        ArgumentNullException.ThrowIfNull(receipt);
        if (!ReturnOrder.IsHeld(receipt))
            throw new BusinessRuleException("disposition", $"Unit {receipt.Sequence} of return {ret.Number} is not held.");
        return new HeldStock(Ids.Next(now), receipt.LocationCode, ret.Line(receipt.ReturnLineId).Sku, 1, receipt.ReceivedAs, now,
            receipt.ReceivedBy)
        {
            ReturnOrderId = ret.Id,
            ReturnNumber = ret.Number,
            ReturnLineId = receipt.ReturnLineId,
            ReturnReceiptId = receipt.Id,
            Note = receipt.Note,
        };
    }

    /// <summary>Closes the record with a person's decision; a record decided before is 409 (the decision stands).</summary>
    public void Decide(InspectionDecision decision, string? note, DateTime at, Actor actor)
    {
        if (!IsOpen)
            throw new ConflictException($"{Quantity} × {Sku} held at {LocationCode} was decided already ({Decision} by {DecidedBy}).");
        Decision = decision;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : TextLimit.Clip(note.Trim(), 1000);
        DecidedAt = at;
        DecidedBy = actor.ToString();
    }
}
