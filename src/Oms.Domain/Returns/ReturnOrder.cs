using System.Globalization;
using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>
/// A return order (RMA): its own aggregate, referring to the order by <see cref="OrderId"/> and <see cref="OrderNumber"/>.
/// Lines, receipts and the timeline change only through its methods; every method checks the status, writes the
/// timeline and returns what the caller must apply (stock effects) in the same transaction. Approval concerns the
/// refund: goods may be received while the approval is still undecided (a customer at a desk cannot be sent away),
/// and the status then follows the receipts once approved.
/// </summary>
public sealed partial class ReturnOrder
{
    private readonly List<ReturnLine> _lines = [];
    private readonly List<ReturnReceipt> _receipts = [];
    private readonly List<ReturnTimelineEntry> _timeline = [];

    private ReturnOrder() { Number = null!; OrderNumber = null!; Currency = null!; ReasonCode = null!; CreatedBy = null!; }

    public Guid Id { get; private set; }
    public string Number { get; private set; }
    public Guid OrderId { get; private set; }
    public string OrderNumber { get; private set; }
    public string Currency { get; private set; }
    public ReturnKind Kind { get; private set; }
    public string ReasonCode { get; private set; }
    /// <summary>False for a claim whose reason needs no goods back.</summary>
    public bool ExpectsGoods { get; private set; }
    public ReturnMethod Method { get; private set; }
    public string? ExpectedLocationCode { get; private set; }
    public ReturnStatus Status { get; private set; }
    public string? Note { get; private set; }
    /// <summary>Why the approval is needed (the policy's reasons, joined), while or after it was asked.</summary>
    public string? ApprovalReasons { get; private set; }
    /// <summary>Who approved or rejected, and why (a rejection always has a reason).</summary>
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }
    /// <summary>Everything refunded on this return: goods, shipping, goodwill, less fees.</summary>
    public decimal RefundedTotal { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Application-managed concurrency token: bumped by every change.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ReturnLine> Lines => _lines;
    public IReadOnlyList<ReturnReceipt> Receipts => _receipts;
    public IReadOnlyList<ReturnTimelineEntry> Timeline => _timeline;

    /// <summary>Approved at some point (and not rejected or cancelled before).</summary>
    public bool IsApproved => DecidedBy is not null && Status is not (ReturnStatus.Rejected or ReturnStatus.Cancelled);

    public bool AwaitsInspection => _receipts.Exists(r => r.AwaitsInspection);

    /// <summary>Opens a return order in <see cref="ReturnStatus.Requested"/>; eligibility was checked by the caller.</summary>
    public static ReturnOrder Request(NewReturn spec, DateTime now, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.OrderId == Guid.Empty) throw new BusinessRuleException("orderId", "A return belongs to an order.");
        if (spec.Lines.Count == 0) throw new BusinessRuleException("lines", "A return needs at least one line.");
        if (!Enum.IsDefined(spec.Kind)) throw new BusinessRuleException("kind", $"{spec.Kind} is not a return kind.");
        if (!Enum.IsDefined(spec.Method)) throw new BusinessRuleException("method", $"{spec.Method} is not a return method.");
        var goodsBack = spec.GoodsBack;
        if (!goodsBack && spec.Kind != ReturnKind.Claim)
            throw new BusinessRuleException("reason", "Only a claim may keep the goods: a return or an exchange needs them back.");
        if (goodsBack == (spec.Method == ReturnMethod.NoGoodsBack))
            throw new BusinessRuleException("method", goodsBack
                ? "The goods come back, so say how: shipToLocation, handInAtStore or carrierCollection."
                : "Nothing comes back for this reason, so the method is noGoodsBack.");
        if (goodsBack && string.IsNullOrWhiteSpace(spec.ExpectedLocationCode))
            throw new BusinessRuleException("expectedLocation", "Say where the goods are expected (a DC or a store).");
        var duplicate = spec.Lines.GroupBy(l => l.OrderLineId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new BusinessRuleException("lines", $"Order line {duplicate.Key} is listed twice; give its units in one line.");

        var r = new ReturnOrder
        {
            Id = spec.Id,
            Number = Guard.NotEmpty(spec.Number, "number"),
            OrderId = spec.OrderId,
            OrderNumber = Guard.NotEmpty(spec.OrderNumber, "orderNumber"),
            Currency = CurrencyCode.Normalize(spec.Currency),
            Kind = spec.Kind,
            ReasonCode = Guard.NotEmpty(spec.ReasonCode, "reason"),
            ExpectsGoods = goodsBack,
            Method = spec.Method,
            ExpectedLocationCode = goodsBack ? ReferenceCode.Check(spec.ExpectedLocationCode, "expectedLocation") : null,
            Status = ReturnStatus.Requested,
            Note = string.IsNullOrWhiteSpace(spec.Note) ? null : TextLimit.Clip(spec.Note.Trim(), 1000),
            CreatedBy = actor.ToString(),
            CreatedAt = now,
        };
        for (var i = 0; i < spec.Lines.Count; i++)
            r._lines.Add(new ReturnLine(Ids.Next(now), r.Id, i + 1, spec.Lines[i], $"lines[{i}]"));
        var units = r._lines.Sum(l => l.Quantity);
        var how = goodsBack ? $"{Words(r.Method)}, expected at {r.ExpectedLocationCode}" : "no goods back";
        r.Record(now, actor, "return.requested",
            $"{r.Kind} {r.Number} requested for order {r.OrderNumber}: {units} unit(s) in {r._lines.Count} line(s), reason " +
                $"{r.ReasonCode}, {how}.");
        r.Touch(now);
        return r;
    }

    /// <summary>
    /// Units of an order line this return takes from what may still come back: none once cancelled or rejected, else all
    /// its units (a return closed short keeps them; a person opens a new return for units that turn up later).
    /// </summary>
    public int UnitsHeldFor(Guid orderLineId)
        => Status is ReturnStatus.Cancelled or ReturnStatus.Rejected
            ? 0
            : _lines.Where(l => l.OrderLineId == orderLineId).Sum(l => l.Quantity);

    public ReturnLine Line(Guid returnLineId) => _lines.Find(l => l.Id == returnLineId)
        ?? throw new NotFoundException("Return line", returnLineId.ToString());

    /// <summary>The approval policy asks for a person: the return waits in the approval queue.</summary>
    public void AwaitApproval(IReadOnlyList<string> reasons, DateTime now, Actor actor)
    {
        Expect("AwaitApproval", ReturnStatus.Requested);
        ApprovalReasons = TextLimit.Clip(string.Join("; ", reasons), 1000);
        Status = ReturnStatus.AwaitingApproval;
        Record(now, actor, "return.awaiting-approval", $"Return {Number} waits for approval: {ApprovalReasons}.");
        Touch(now);
    }

    /// <summary>Approves (a person, or the policy automatically); the status then follows the receipts so far.</summary>
    public void Approve(string? note, DateTime now, Actor actor)
    {
        Expect("Approve", ReturnStatus.Requested, ReturnStatus.AwaitingApproval);
        DecidedBy = actor.ToString();
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : TextLimit.Clip(note.Trim(), 1000);
        Status = ReturnStatus.Approved;
        Record(now, actor, "return.approved", $"Return {Number} approved{(DecisionNote is null ? "" : $": {DecisionNote}")}.");
        FollowReceipts(now, actor);
        Touch(now);
    }

    /// <summary>Refuses the return; the reason is required and shown on the timeline.</summary>
    public void Reject(string reason, DateTime now, Actor actor)
    {
        Expect("Reject", ReturnStatus.Requested, ReturnStatus.AwaitingApproval);
        DecidedBy = actor.ToString();
        DecisionNote = TextLimit.Clip(Guard.NotEmpty(reason, "reason"), 1000);
        Status = ReturnStatus.Rejected;
        Record(now, actor, "return.rejected", $"Return {Number} rejected: {DecisionNote}.");
        Touch(now);
    }

    /// <summary>Withdraws the return while nothing was received or refunded.</summary>
    public void Cancel(string reason, DateTime now, Actor actor)
    {
        Expect("Cancel", ReturnStatus.Requested, ReturnStatus.AwaitingApproval, ReturnStatus.Approved);
        if (_receipts.Count > 0 || RefundedTotal > 0)
            throw new InvalidTransitionException($"return {Number}", Status.ToString(), "Cancel",
                $"Cannot cancel return {Number}: units were already received or refunded.");
        reason = Guard.NotEmpty(reason, "reason");
        Status = ReturnStatus.Cancelled;
        Record(now, actor, "return.cancelled", $"Return {Number} cancelled: {reason}.");
        Touch(now);
    }

    /// <summary>
    /// Closes the return: everything came in (or a claim needs nothing back), or a person closes it short. Refused while
    /// a unit waits for inspection.
    /// </summary>
    public void Close(DateTime now, Actor actor)
    {
        Expect("Close", ReturnStatus.Received, ReturnStatus.PartlyReceived, ReturnStatus.Approved);
        if (Status == ReturnStatus.Approved && ExpectsGoods)
            throw new InvalidTransitionException($"return {Number}", Status.ToString(), "Close",
                $"Cannot close return {Number}: nothing has been received yet; cancel it instead.");
        if (AwaitsInspection)
            throw new InvalidTransitionException($"return {Number}", Status.ToString(), "Close",
                $"Cannot close return {Number}: {_receipts.Count(r => r.AwaitsInspection)} unit(s) wait for inspection.");
        var outstanding = _lines.Sum(l => l.OutstandingQuantity);
        Status = ReturnStatus.Closed;
        Record(now, actor, "return.closed", ExpectsGoods && outstanding > 0
            ? $"Return {Number} closed short: {outstanding} unit(s) never came in."
            : $"Return {Number} closed.");
        Touch(now);
    }

    private void Expect(string action, params ReturnStatus[] allowed)
    {
        if (!allowed.Contains(Status)) throw new InvalidTransitionException($"return {Number}", Status.ToString(), action);
    }

    private void Record(DateTime now, Actor actor, string type, string message, Guid? lineId = null)
        => _timeline.Add(new ReturnTimelineEntry(Ids.Next(now), Id, _timeline.Count + 1, now, type, actor.ToString(), message, lineId));

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }

    private static string Words(ReturnMethod method) => method switch
    {
        ReturnMethod.ShipToLocation => "shipped back",
        ReturnMethod.HandInAtStore => "handed in at a store",
        ReturnMethod.CarrierCollection => "collected by a carrier",
        _ => "no goods back",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
