using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>Receiving, inspection and refunds of a return order.</summary>
public sealed partial class ReturnOrder
{
    /// <summary>
    /// Checks units in at <paramref name="locationCode"/>, one receipt per unit. All or nothing: a line that would get
    /// more units than are still expected refuses the whole call (422, per field), so receiving twice never counts twice.
    /// Any location may receive (a store takes an online return); the stock goes to the location that received it.
    /// </summary>
    /// <returns>The stock the caller adds at the location: sellable for restocked units, held for inspection and vendor units.</returns>
    public IReadOnlyList<ReturnStockEffect> Receive(IReadOnlyList<ReceivedUnits> units, string locationCode, DateTime now, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(units);
        Expect("Receive", ReturnStatus.Requested, ReturnStatus.AwaitingApproval, ReturnStatus.Approved, ReturnStatus.PartlyReceived,
            ReturnStatus.Received);
        if (!ExpectsGoods)
            throw new InvalidTransitionException($"return {Number}", Status.ToString(), "Receive",
                $"Return {Number} is a claim without goods back: nothing is expected.");
        var location = ReferenceCode.Check(locationCode, "location");
        if (units.Count == 0) throw new BusinessRuleException("units", "Say which units came in.");

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var asked = new Dictionary<Guid, int>();
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var line = _lines.Find(l => l.Id == u.ReturnLineId);
            if (line is null) { errors[$"units[{i}].returnLineId"] = [$"Return {Number} has no line {u.ReturnLineId}."]; continue; }
            if (u.Quantity <= 0) { errors[$"units[{i}].quantity"] = [$"quantity must be greater than zero (was {u.Quantity})."]; continue; }
            if (!Enum.IsDefined(u.Disposition))
            {
                errors[$"units[{i}].disposition"] = [$"{u.Disposition} is not a disposition."];
                continue;
            }
            asked[line.Id] = asked.GetValueOrDefault(line.Id) + u.Quantity;
            if (asked[line.Id] > line.OutstandingQuantity)
                errors[$"units[{i}].quantity"] =
                [
                    $"Line {line.LineNumber} ({line.Sku}) expects {line.OutstandingQuantity} more unit(s) of {line.Quantity}; " +
                        $"{asked[line.Id]} were received in this call.",
                ];
        }
        if (errors.Count > 0)
            throw new BusinessRuleException($"The receipt for return {Number} does not match what is expected; nothing was received.",
                errors);

        var effects = new List<ReturnStockEffect>();
        foreach (var u in units)
        {
            var line = Line(u.ReturnLineId);
            var note = string.IsNullOrWhiteSpace(u.Note) ? null : TextLimit.Clip(u.Note.Trim(), 1000);
            for (var k = 0; k < u.Quantity; k++)
            {
                _receipts.Add(new ReturnReceipt(Ids.Next(now), Id, line.Id, _receipts.Count + 1, location, u.Disposition, now,
                    actor.ToString(), note));
                line.CountReceipt(u.Disposition);
            }
            if (StockOnReceipt(u.Disposition) is { } sellable)
                effects.Add(new ReturnStockEffect(location, line.Sku, u.Quantity, sellable, $"return {Number}: {u.Disposition}"));
            var where = location == ExpectedLocationCode ? location : $"{location} (expected at {ExpectedLocationCode})";
            Record(now, actor, "return.received",
                $"Line {line.LineNumber}: {u.Quantity} × {line.Sku} received at {where} as {u.Disposition}" +
                    $"{(note is null ? "" : $" ({note})")}.", line.Id);
        }
        FollowReceipts(now, actor);
        Touch(now);
        return effects;
    }

    /// <summary>A person decides a unit held for inspection: back on the shelf, or written off.</summary>
    /// <returns>The unit leaves the held stock and, when restocked, enters the sellable stock of the same location.</returns>
    public IReadOnlyList<ReturnStockEffect> Inspect(Guid receiptId, Disposition decision, string? note, DateTime now, Actor actor)
    {
        Expect("Inspect", ReturnStatus.Requested, ReturnStatus.AwaitingApproval, ReturnStatus.Approved, ReturnStatus.PartlyReceived,
            ReturnStatus.Received);
        var receipt = _receipts.Find(r => r.Id == receiptId) ?? throw new NotFoundException("Return receipt", receiptId.ToString());
        if (!receipt.AwaitsInspection)
            throw new InvalidTransitionException($"unit {receipt.Sequence} of return {Number}", receipt.Disposition.ToString(), "Inspect",
                $"Unit {receipt.Sequence} of return {Number} does not wait for inspection: it is {receipt.Disposition}.");
        if (decision is not (Disposition.Restock or Disposition.WriteOff))
            throw new BusinessRuleException("decision", $"An inspection ends in restock or writeOff, not {decision}.");
        var line = Line(receipt.ReturnLineId);
        receipt.Decide(decision, now, actor.ToString(), string.IsNullOrWhiteSpace(note) ? null : TextLimit.Clip(note.Trim(), 1000));
        var why = $"return {Number}: inspected, {decision}";
        List<ReturnStockEffect> effects = [new(receipt.LocationCode, line.Sku, -1, false, why)];
        if (decision == Disposition.Restock) effects.Add(new(receipt.LocationCode, line.Sku, 1, true, why));
        Record(now, actor, "return.inspected",
            $"Line {line.LineNumber}: unit {receipt.Sequence} ({line.Sku}) at {receipt.LocationCode} inspected: {decision}" +
                $"{(receipt.Note is null ? "" : $" ({receipt.Note})")}.", line.Id);
        Touch(now);
        return effects;
    }

    /// <summary>
    /// Books a refund the caller calculated and paid (see <see cref="RefundAllocation"/>) against the lines, and keeps its
    /// record. Refuses (409) units refunded before, so the same unit is never paid twice; refuses a return not (yet)
    /// approved. <paramref name="offset"/> is the part of the goods' value that paid for an exchange instead.
    /// </summary>
    public ReturnRefund RecordRefund(RefundCalculation refund, decimal offset, string paidAs, DateTime now, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(refund);
        Expect("Refund", ReturnStatus.Approved, ReturnStatus.PartlyReceived, ReturnStatus.Received);
        if (refund.Currency != Currency)
            throw new BusinessRuleException("currency", $"Return {Number} is in {Currency}; the refund is in {refund.Currency}.");
        if (offset < 0 || offset > refund.Total)
            throw new BusinessRuleException("offset", $"An exchange offset lies between 0 and the refund ({offset} of {refund.Total}).");
        var targets = new List<(ReturnLine Line, RefundLineAmount Amount)>();
        foreach (var amount in refund.Lines)
        {
            var line = _lines.Find(l => l.OrderLineId == amount.OrderLineId)
                ?? throw new BusinessRuleException("lines", $"Return {Number} does not take back order line {amount.OrderLineId}.");
            if (line.RefundedQuantity + amount.Quantity > line.Quantity)
                throw new ConflictException(
                    $"Line {line.LineNumber} of return {Number} has {line.Quantity} unit(s), {line.RefundedQuantity} refunded already; " +
                        $"{amount.Quantity} more cannot be refunded.");
            targets.Add((line, amount));
        }
        foreach (var (line, amount) in targets) line.CountRefund(amount.Quantity, amount.Amount);
        var record = new ReturnRefund(Ids.Next(now), Id, _refunds.Count + 1, refund, offset, paidAs, now, actor.ToString());
        _refunds.Add(record);
        RefundedTotal += record.Total;
        RefundDue = null;
        RefundDueExplanation = null;
        RefundBlockedReason = null;
        var c = refund.Currency;
        Record(now, actor, "return.refunded",
            $"Refund of {RefundCalculator.F(record.Total, c)} for return {Number}: goods {RefundCalculator.F(refund.Goods, c)}, " +
                $"shipping {RefundCalculator.F(refund.Shipping, c)}, restocking fee {RefundCalculator.F(refund.RestockingFee, c)}, " +
                $"goodwill {RefundCalculator.F(refund.Goodwill, c)}" +
                $"{(offset > 0 ? $", less {RefundCalculator.F(offset, c)} that paid for the exchange" : "")}; {paidAs.Replace('\n', ';')}.");
        Touch(now);
        return record;
    }

    /// <summary>Sellable (true), held (false) or no stock at all (null) for a unit received with this disposition.</summary>
    private static bool? StockOnReceipt(Disposition d) => d switch
    {
        Disposition.Restock => true,
        Disposition.NeedsInspection or Disposition.ReturnToVendor => false,
        _ => null,
    };

    /// <summary>Once approved, the status says how much came in.</summary>
    private void FollowReceipts(DateTime now, Actor actor)
    {
        if (Status is not (ReturnStatus.Approved or ReturnStatus.PartlyReceived or ReturnStatus.Received)) return;
        var received = _lines.Sum(l => l.ReceivedQuantity);
        var next = received == 0 ? ReturnStatus.Approved
            : _lines.TrueForAll(l => l.OutstandingQuantity == 0) ? ReturnStatus.Received : ReturnStatus.PartlyReceived;
        if (next == Status) return;
        Record(now, actor, "return.status-changed", $"Return {Number} {Status} → {next} ({N(received)} of " +
            $"{N(_lines.Sum(l => l.Quantity))} unit(s) in).");
        Status = next;
    }
}
