using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>
/// The exchange side of a return: the credit the returned units are worth, what the replacements cost, and the replacement
/// order (a new order, captured after the return's commit). The credit is the refund those units would get without shipping
/// (price less their discount share, with their tax, less the reason's restocking fee): it pays for the replacements first;
/// a replacement costing more is paid by the customer on the replacement order, and a cheaper one leaves
/// <see cref="ExchangeCreditLeft"/> to be refunded once the goods are received.
/// </summary>
public sealed partial class ReturnOrder
{
    /// <summary>What the returned units are worth towards the replacements; null unless an exchange.</summary>
    public decimal? ExchangeCredit { get; private set; }

    /// <summary>What the replacement order costs (its total).</summary>
    public decimal? ReplacementTotal { get; private set; }

    public ExchangeReleaseMode? ReleaseMode { get; private set; }

    /// <summary>The replacement order, once captured.</summary>
    public Guid? ExchangeOrderId { get; private set; }

    public string? ExchangeOrderNumber { get; private set; }

    /// <summary>What the customer pays (positive) or gets back (negative) on top of the credit.</summary>
    public decimal? ExchangeDifference => ReplacementTotal - ExchangeCredit;

    /// <summary>The part of the credit the replacement order consumes (paid on it as store credit).</summary>
    public decimal ExchangeCreditApplied => ExchangeCredit is { } c && ReplacementTotal is { } t ? Math.Min(c, t) : 0m;

    /// <summary>The part of the credit the replacements do not use: refunded with the goods (the refund step's, not this one's).</summary>
    public decimal ExchangeCreditLeft => (ExchangeCredit ?? 0m) - ExchangeCreditApplied;

    /// <summary>Every unit expected back came in as the sold item (not missing, not a wrong item).</summary>
    public bool AllGoodsIn => ExpectsGoods && _lines.TrueForAll(l => l.GoodsReceivedQuantity >= l.Quantity);

    /// <summary>
    /// A replacement held back may go: every unit came back as the sold item, or — for a claim, where nothing comes back —
    /// the claim was approved.
    /// </summary>
    public bool ReplacementMayGo => ExpectsGoods ? AllGoodsIn : IsApproved;

    /// <summary>Sets the terms of an exchange when it is requested; <paramref name="replacements"/> says what goes out.</summary>
    public void OfferExchange(decimal credit, decimal replacementTotal, ExchangeReleaseMode mode, string replacements, DateTime now,
        Actor actor)
    {
        if (Kind is not (ReturnKind.Exchange or ReturnKind.Claim))
            throw new BusinessRuleException("replacements", $"Return {Number} is a {Kind}, not an exchange or a claim: it has no replacements.");
        if (ExchangeCredit is not null) throw new InvalidTransitionException($"return {Number}", "exchange offered", "OfferExchange");
        if (!Enum.IsDefined(mode)) throw new BusinessRuleException("releaseMode", $"{mode} is not an exchange release mode.");
        ExchangeCredit = Guard.NotNegative(credit, "credit");
        ReplacementTotal = Guard.NotNegative(replacementTotal, "replacementTotal");
        ReleaseMode = mode;
        var difference = replacementTotal - credit;
        var settles = difference switch
        {
            > 0 => $"the customer pays {RefundCalculator.F(difference, Currency)}",
            < 0 => $"{RefundCalculator.F(-difference, Currency)} is refunded once the goods are received",
            _ => "even",
        };
        Record(now, actor, "return.exchange-requested",
            $"Exchange {Number}: credit {RefundCalculator.F(credit, Currency)} for the returned units, replacements " +
                $"{Guard.NotEmpty(replacements, "replacements")} for {RefundCalculator.F(replacementTotal, Currency)}: {settles}; " +
                (mode == ExchangeReleaseMode.Advance ? "released at once." : "released when the goods are received."));
        Touch(now);
    }

    /// <summary>
    /// Links the replacement order. Idempotent: the same order again changes nothing (false); another order is refused (409),
    /// so a retried creation never leaves two.
    /// </summary>
    public bool RecordExchangeOrder(Guid orderId, string orderNumber, DateTime now, Actor actor)
    {
        if (ExchangeCredit is null) throw new InvalidTransitionException($"return {Number}", Kind.ToString(), "RecordExchangeOrder");
        if (ExchangeOrderId == orderId) return false;
        if (ExchangeOrderId is not null)
            throw new ConflictException($"Return {Number} already has exchange order {ExchangeOrderNumber}.");
        ExchangeOrderId = orderId;
        ExchangeOrderNumber = Guard.NotEmpty(orderNumber, "orderNumber");
        Record(now, actor, "return.exchange-order-created", ReleaseMode == ExchangeReleaseMode.OnReceipt && !ReplacementMayGo
            ? $"Exchange order {ExchangeOrderNumber} captured for return {Number}; it waits for " +
                $"{(ExpectsGoods ? "the goods" : "the claim's approval")} before it is released."
            : $"Exchange order {ExchangeOrderNumber} captured for return {Number}.");
        Touch(now);
        return true;
    }

    /// <summary>The replacement order could not be captured (say, no stock where it must come from): a person decides.</summary>
    public void RecordExchangeOrderFailed(string error, DateTime now, Actor actor)
    {
        if (ExchangeCredit is null) throw new InvalidTransitionException($"return {Number}", Kind.ToString(), "RecordExchangeOrderFailed");
        Record(now, actor, "return.exchange-order-failed",
            $"The exchange order for return {Number} could not be captured: {Guard.NotEmpty(error, "error")}");
        Touch(now);
    }

    /// <summary>The goods are in and the replacement order, held for them, was released to fulfilment.</summary>
    public void RecordExchangeReleased(DateTime now, Actor actor)
    {
        if (ExchangeOrderNumber is null) throw new InvalidTransitionException($"return {Number}", Status.ToString(), "RecordExchangeReleased");
        Record(now, actor, "return.exchange-released",
            $"The goods of return {Number} are in: exchange order {ExchangeOrderNumber} is released to fulfilment.");
        Touch(now);
    }
}
