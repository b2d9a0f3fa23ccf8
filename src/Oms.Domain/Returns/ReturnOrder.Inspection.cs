using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>Decisions on units held as unsellable stock: received for inspection or for the vendor.</summary>
public sealed partial class ReturnOrder
{
    /// <summary>Held until a person decides: received for inspection or for the vendor, not decided since.</summary>
    public static bool IsHeld(ReturnReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return receipt.ReceivedAs is Disposition.NeedsInspection or Disposition.ReturnToVendor && receipt.InspectedAt is null;
    }

    /// <summary>
    /// A person decides held units: restock, write off or send to the vendor. All or nothing, at one location: a unit that is
    /// not held (decided before) is 409; more units than the line still holds is 422. The status is not checked: the units are
    /// on a shelf whatever became of the refund (a closed or rejected return may still hold units for the vendor).
    /// </summary>
    public InspectionOutcome DecideHeld(HeldUnitsDecision decision, DateTime now, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!Enum.IsDefined(decision.Decision))
            throw new BusinessRuleException("decision", $"{decision.Decision} is not a decision: restock, writeOff or returnToVendor.");
        var units = PickHeld(decision);
        var note = string.IsNullOrWhiteSpace(decision.Note) ? null : TextLimit.Clip(decision.Note.Trim(), 1000);
        var outcome = decision.Decision switch
        {
            InspectionDecision.Restock => Disposition.Restock,
            InspectionDecision.WriteOff => Disposition.WriteOff,
            _ => Disposition.ReturnToVendor,
        };
        foreach (var unit in units) unit.Decide(outcome, now, actor.ToString(), note);

        var line = Line(units[0].ReturnLineId);
        var location = units[0].LocationCode;
        var why = $"return {Number}: held units decided, {decision.Decision}";
        List<ReturnStockEffect> effects = [new(location, line.Sku, -units.Count, false, why)];
        if (decision.Decision == InspectionDecision.Restock) effects.Add(new(location, line.Sku, units.Count, true, why));
        var sequences = string.Join(", ", units.Select(u => u.Sequence));
        Record(now, actor, "return.inspected",
            $"Line {line.LineNumber}: {N(units.Count)} × {line.Sku} held at {location} (unit(s) {sequences}) decided: " +
                $"{decision.Decision}{(note is null ? "" : $" ({note})")}.", line.Id);
        Touch(now);
        return new InspectionOutcome(units, effects);
    }

    private List<ReturnReceipt> PickHeld(HeldUnitsDecision d)
    {
        if (d.ReceiptId is { } receiptId)
        {
            var receipt = _receipts.Find(r => r.Id == receiptId) ?? throw new NotFoundException("Return receipt", receiptId.ToString());
            if (d.ReturnLineId is { } l && l != receipt.ReturnLineId)
                throw new BusinessRuleException("returnLineId", $"Unit {receipt.Sequence} of return {Number} belongs to another line.");
            if (d.Quantity != 1)
                throw new BusinessRuleException("quantity", $"A receipt is one unit: quantity is 1 (was {d.Quantity}).");
            if (!IsHeld(receipt))
                throw new InvalidTransitionException($"unit {receipt.Sequence} of return {Number}", receipt.Disposition.ToString(),
                    "Decide", $"Unit {receipt.Sequence} of return {Number} is not held: it is {receipt.Disposition}" +
                        $"{(receipt.InspectedBy is { } by ? $", decided by {by}" : "")}.");
            return [receipt];
        }
        var lineId = d.ReturnLineId ?? throw new BusinessRuleException("receiptId", "Say which units: a receiptId or a returnLineId.");
        var line = Line(lineId);
        if (d.Quantity <= 0) throw new BusinessRuleException("quantity", $"quantity must be greater than zero (was {d.Quantity}).");
        var held = _receipts.Where(r => r.ReturnLineId == line.Id && IsHeld(r)).OrderBy(r => r.Sequence).ToList();
        var location = d.Location?.Trim();
        if (string.IsNullOrEmpty(location))
        {
            var places = held.Select(r => r.LocationCode).Distinct().ToList();
            if (places.Count > 1)
                throw new BusinessRuleException("location", $"Line {line.LineNumber} has units held at {string.Join(" and ", places)}: " +
                    "say which location decides.");
        }
        else held = held.Where(r => string.Equals(r.LocationCode, location, StringComparison.OrdinalIgnoreCase)).ToList();
        if (d.Quantity > held.Count)
            throw new BusinessRuleException("quantity", $"Line {line.LineNumber} ({line.Sku}) has {N(held.Count)} unit(s) held" +
                $"{(string.IsNullOrEmpty(location) ? "" : $" at {location}")}; {N(d.Quantity)} cannot be decided.");
        return held.Take(d.Quantity).ToList();
    }
}
